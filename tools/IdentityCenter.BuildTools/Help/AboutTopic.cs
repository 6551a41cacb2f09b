using System.Collections.Generic;

namespace IdentityCenter.BuildTools.Help
{
    /// <summary>A conceptual help topic (about_*): its name and its blocks, headings included.</summary>
    internal sealed class AboutTopic
    {
        public AboutTopic(string name, IReadOnlyList<MarkdownBlock> blocks)
        {
            Name = name;
            Blocks = blocks;
        }

        public string Name { get; }

        /// <summary>Everything after the '# about_Name' title.</summary>
        public IReadOnlyList<MarkdownBlock> Blocks { get; }

        public override string ToString() => Name;
    }
}
