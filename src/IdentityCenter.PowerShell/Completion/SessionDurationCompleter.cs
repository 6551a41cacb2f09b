using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace IdentityCenter.PowerShell.Completion
{
    /// <summary>Offers the common session durations for -SessionDuration; see <see cref="SessionDurationSuggestions"/>.</summary>
    public sealed class SessionDurationCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            SessionDurationSuggestions.For(wordToComplete).Select(CompletionResults.From).ToList();
    }
}
