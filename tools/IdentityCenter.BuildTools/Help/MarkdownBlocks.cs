using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace IdentityCenter.BuildTools.Help
{
    /// <summary>
    /// Splits a help source file into blocks. The subset is what PlatyPS-style help uses: an optional front-matter
    /// block, ATX headings, paragraphs, '-' or '*' or numbered list items, fenced code blocks and tables.
    /// </summary>
    internal static class MarkdownBlocks
    {
        private static readonly Regex Heading = new Regex(@"^(?<hashes>#{1,6})\s+(?<text>.*?)\s*#*\s*$", RegexOptions.CultureInvariant);
        private static readonly Regex ListItem = new Regex(@"^(?<marker>[-*]|\d+\.)\s+(?<text>.*)$", RegexOptions.CultureInvariant);

        public static IReadOnlyList<MarkdownBlock> Parse(string text, string file)
        {
            var lines = text.Replace("\r\n", "\n").Split('\n');
            var blocks = new List<MarkdownBlock>();
            var index = SkipFrontMatter(lines, file);
            var paragraph = new List<string>();
            var paragraphKind = MarkdownBlockKind.Paragraph;
            var paragraphLine = 0;

            void Flush()
            {
                if (paragraph.Count > 0)
                {
                    blocks.Add(new MarkdownBlock(paragraphKind, string.Join(" ", paragraph), 0, string.Empty, paragraphLine));
                    paragraph.Clear();
                }
            }

            while (index < lines.Length)
            {
                var line = lines[index];
                var trimmed = line.Trim();
                var lineNumber = index + 1;
                if (trimmed.StartsWith("```", StringComparison.Ordinal))
                {
                    Flush();
                    var language = trimmed.Substring(3).Trim();
                    var code = new List<string>();
                    index++;
                    while (index < lines.Length && !lines[index].Trim().StartsWith("```", StringComparison.Ordinal))
                    {
                        code.Add(lines[index].TrimEnd());
                        index++;
                    }

                    if (index == lines.Length)
                    {
                        throw new HelpSourceException(file, lineNumber, "a code block is not closed with ```.");
                    }

                    blocks.Add(new MarkdownBlock(MarkdownBlockKind.Code, string.Join("\n", code), 0, language, lineNumber));
                    index++;
                    continue;
                }

                if (trimmed.Length == 0)
                {
                    Flush();
                    index++;
                    continue;
                }

                var heading = Heading.Match(trimmed);
                if (heading.Success)
                {
                    Flush();
                    blocks.Add(new MarkdownBlock(MarkdownBlockKind.Heading, heading.Groups["text"].Value, heading.Groups["hashes"].Value.Length, string.Empty, lineNumber));
                    index++;
                    continue;
                }

                if (trimmed.StartsWith("|", StringComparison.Ordinal))
                {
                    Flush();
                    var rows = new List<string>();
                    while (index < lines.Length && lines[index].Trim().StartsWith("|", StringComparison.Ordinal))
                    {
                        rows.Add(lines[index].Trim());
                        index++;
                    }

                    blocks.Add(new MarkdownBlock(MarkdownBlockKind.Verbatim, string.Join("\n", rows), 0, string.Empty, lineNumber));
                    continue;
                }

                var item = ListItem.Match(trimmed);
                if (item.Success)
                {
                    Flush();
                    paragraphKind = MarkdownBlockKind.ListItem;
                    paragraphLine = lineNumber;
                    paragraph.Add(item.Groups["marker"].Value + " " + item.Groups["text"].Value);
                    index++;
                    continue;
                }

                if (paragraph.Count == 0)
                {
                    paragraphKind = MarkdownBlockKind.Paragraph;
                    paragraphLine = lineNumber;
                }

                paragraph.Add(trimmed);
                index++;
            }

            Flush();
            return blocks;
        }

        private static int SkipFrontMatter(string[] lines, string file)
        {
            if (lines.Length == 0 || lines[0].Trim() != "---")
            {
                return 0;
            }

            for (var i = 1; i < lines.Length; i++)
            {
                if (lines[i].Trim() == "---")
                {
                    return i + 1;
                }
            }

            throw new HelpSourceException(file, 1, "the front matter that starts with --- is never closed.");
        }
    }
}
