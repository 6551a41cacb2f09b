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

    /// <summary>
    /// The session durations people pick most, offered for -SessionDuration. Any other ISO-8601 duration or a TimeSpan
    /// is still accepted; these are suggestions, not a set of allowed values.
    /// </summary>
    internal static class SessionDurationSuggestions
    {
        private static readonly (string Value, string Meaning)[] Common =
        {
            ("PT1H", "1 hour"),
            ("PT2H", "2 hours"),
            ("PT4H", "4 hours"),
            ("PT8H", "8 hours"),
            ("PT12H", "12 hours"),
        };

        public static IReadOnlyList<string> Values { get; } = Common.Select(c => c.Value).ToList();

        public static IReadOnlyList<Suggestion> For(string? wordToComplete)
        {
            var typed = CompletionWord.Unquote(wordToComplete);
            return Common
                .Where(c => CompletionWord.Starts(c.Value, typed))
                .Select(c => new Suggestion(c.Value, c.Value, "Sessions last " + c.Meaning + " (" + c.Value + ")."))
                .ToList();
        }
    }
}
