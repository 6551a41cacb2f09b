using System.Text;

namespace IdentityCenter.BuildTools.Help
{
    /// <summary>
    /// Writes an about topic as the plain text Get-Help shows: section names in capitals at the margin, text indented
    /// four spaces and wrapped to 80 columns, code and tables indented and kept as written.
    /// </summary>
    internal static class AboutTextWriter
    {
        public const int Width = 80;
        private const string Indent = "    ";

        public static string Write(AboutTopic topic)
        {
            var text = new StringBuilder();
            text.Append("TOPIC\n").Append(Indent).Append(topic.Name).Append('\n');
            for (var index = 0; index < topic.Blocks.Count; index++)
            {
                var block = topic.Blocks[index];

                // Text starts right under its heading, and items of one list sit on consecutive lines, as about topics do.
                var previous = index > 0 ? topic.Blocks[index - 1].Kind : MarkdownBlockKind.Heading;
                var continues = previous == MarkdownBlockKind.Heading || (block.Kind == MarkdownBlockKind.ListItem && previous == MarkdownBlockKind.ListItem);
                switch (block.Kind)
                {
                    case MarkdownBlockKind.Heading when block.Level == 2:
                        text.Append('\n').Append(block.Text.Trim().ToUpperInvariant()).Append('\n');
                        break;
                    case MarkdownBlockKind.Heading:
                        var title = InlineText.Plain(block.Text.Trim());
                        text.Append('\n').Append(Indent).Append(title).Append('\n').Append(Indent).Append(new string('-', title.Length)).Append('\n');
                        break;
                    case MarkdownBlockKind.Code:
                    case MarkdownBlockKind.Verbatim:
                        if (!continues)
                        {
                            text.Append('\n');
                        }

                        var codeIndent = block.Kind == MarkdownBlockKind.Code ? Indent + Indent : Indent;
                        foreach (var line in block.Text.Split('\n'))
                        {
                            text.Append(line.Length == 0 ? string.Empty : codeIndent + line).Append('\n');
                        }

                        break;
                    case MarkdownBlockKind.ListItem:
                        var item = InlineText.Plain(block.Text);
                        var marker = item.Substring(0, item.IndexOf(' ') + 1);
                        AppendLines(text, TextWrap.Lines(item, Width, Indent, Indent + new string(' ', marker.Length)), separate: !continues);
                        break;
                    default:
                        AppendLines(text, TextWrap.Lines(InlineText.Plain(block.Text), Width, Indent, Indent), separate: !continues);
                        break;
                }
            }

            return text.ToString();
        }

        private static void AppendLines(StringBuilder text, System.Collections.Generic.IEnumerable<string> lines, bool separate)
        {
            if (separate)
            {
                text.Append('\n');
            }

            foreach (var line in lines)
            {
                text.Append(line).Append('\n');
            }
        }
    }
}
