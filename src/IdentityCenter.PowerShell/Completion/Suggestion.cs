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
}
