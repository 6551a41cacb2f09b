using System;

namespace IdentityCenter.PowerShell.Completion
{
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
