namespace IdentityCenter.PowerShell.Policies
{
    /// <summary>A policy document as text, with where it came from.</summary>
    internal sealed class PolicyText
    {
        public const string FromParameter = "-Policy";

        public PolicyText(string text, string source)
        {
            Text = text;
            Source = source;
        }

        public string Text { get; }

        /// <summary>The file path, or <see cref="FromParameter"/>.</summary>
        public string Source { get; }

        public override string ToString() => Source + " (" + Text.Length + " characters)";
    }
}
