using System;
using System.Management.Automation;

namespace IdentityCenter.PowerShell.Completion
{
    /// <summary>One completion, decided without PowerShell; the completer turns it into a CompletionResult.</summary>
    internal sealed class Suggestion
    {
        public Suggestion(string completionText, string listItemText, string toolTip)
        {
            CompletionText = completionText;
            ListItemText = listItemText;
            ToolTip = toolTip;
        }

        /// <summary>What replaces the word being completed.</summary>
        public string CompletionText { get; }

        /// <summary>What the completion menu lists.</summary>
        public string ListItemText { get; }

        public string ToolTip { get; }

        public override string ToString() => CompletionText;
    }

    internal static class CompletionResults
    {
        public static CompletionResult From(Suggestion suggestion) =>
            new CompletionResult(suggestion.CompletionText, suggestion.ListItemText, CompletionResultType.ParameterValue, suggestion.ToolTip);
    }

    /// <summary>The text typed so far for a parameter value, without the quote it may have been started with.</summary>
    internal static class CompletionWord
    {
        public static string Unquote(string? word)
        {
            if (string.IsNullOrEmpty(word))
            {
                return string.Empty;
            }

            var text = word!;
            if (text[0] == '\'' || text[0] == '"')
            {
                text = text.Substring(1);
                if (text.Length > 0 && (text[text.Length - 1] == '\'' || text[text.Length - 1] == '"'))
                {
                    text = text.Substring(0, text.Length - 1);
                }
            }

            return text;
        }

        public static bool Starts(string candidate, string typed) =>
            candidate != null && candidate.StartsWith(typed, StringComparison.OrdinalIgnoreCase);
    }
}
