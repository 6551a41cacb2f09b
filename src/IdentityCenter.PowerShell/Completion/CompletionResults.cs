using System.Management.Automation;

namespace IdentityCenter.PowerShell.Completion
{
    internal static class CompletionResults
    {
        public static CompletionResult From(Suggestion suggestion) =>
            new CompletionResult(suggestion.CompletionText, suggestion.ListItemText, CompletionResultType.ParameterValue, suggestion.ToolTip);
    }
}
