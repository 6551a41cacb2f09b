namespace IdentityCenter.BuildTools.Help
{
    /// <summary>One block of a help source file: a heading, a paragraph, a list item, a fenced code block or a table.</summary>
    internal sealed class MarkdownBlock
    {
        public MarkdownBlock(MarkdownBlockKind kind, string text, int level, string language, int line)
        {
            Kind = kind;
            Text = text;
            Level = level;
            Language = language;
            Line = line;
        }

        public MarkdownBlockKind Kind { get; }

        /// <summary>A paragraph's lines joined by spaces; a code block's or table's lines joined by newlines.</summary>
        public string Text { get; }

        /// <summary>The number of '#' of a heading; 0 otherwise.</summary>
        public int Level { get; }

        /// <summary>The info string of a fenced code block, such as powershell or yaml; empty otherwise.</summary>
        public string Language { get; }

        /// <summary>The 1-based line the block starts on, for error messages.</summary>
        public int Line { get; }

        public bool IsHeading(int level) => Kind == MarkdownBlockKind.Heading && Level == level;

        public override string ToString() => Kind + (Level > 0 ? " " + Level : string.Empty) + " at line " + Line + ": " + Text;
    }
}
