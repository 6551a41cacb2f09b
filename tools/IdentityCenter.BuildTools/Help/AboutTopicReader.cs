using System;
using System.Linq;

namespace IdentityCenter.BuildTools.Help
{
    /// <summary>Reads an about_ topic's source: '# about_Name', then '## SHORT DESCRIPTION', '## LONG DESCRIPTION' and any further sections.</summary>
    internal static class AboutTopicReader
    {
        public const string ShortDescription = "SHORT DESCRIPTION";
        public const string LongDescription = "LONG DESCRIPTION";

        public static AboutTopic Read(string markdown, string file)
        {
            var blocks = MarkdownBlocks.Parse(markdown, file);
            if (blocks.Count == 0 || !blocks[0].IsHeading(1) || !blocks[0].Text.StartsWith("about_", StringComparison.Ordinal))
            {
                throw new HelpSourceException(file, blocks.Count == 0 ? 0 : blocks[0].Line, "an about topic starts with '# about_Name'.");
            }

            var sections = blocks.Where(b => b.IsHeading(2)).Select(b => b.Text.Trim().ToUpperInvariant()).ToList();
            if (sections.Count < 2 || sections[0] != ShortDescription || sections[1] != LongDescription)
            {
                throw new HelpSourceException(file, blocks[0].Line, "an about topic's first sections are '## " + ShortDescription + "' and '## " + LongDescription + "'.");
            }

            return new AboutTopic(blocks[0].Text.Trim(), blocks.Skip(1).ToList());
        }
    }
}
