using System.Text.RegularExpressions;

namespace IdentityCenter.BuildTools.Help
{
    /// <summary>
    /// Markdown inline marks turned into what a console shows well: code spans and bold lose their marks, and a link
    /// keeps its text (and its address when that is a web address, not another help file).
    /// </summary>
    internal static class InlineText
    {
        private static readonly Regex Link = new Regex(@"\[(?<text>[^\]]+)\]\((?<target>[^)\s]+)\)", RegexOptions.CultureInvariant);

        public static string Plain(string markdown)
        {
            var text = Link.Replace(markdown, m =>
            {
                var target = m.Groups["target"].Value;
                return target.EndsWith(".md", System.StringComparison.OrdinalIgnoreCase) || target.StartsWith("#", System.StringComparison.Ordinal)
                    ? m.Groups["text"].Value
                    : m.Groups["text"].Value + " (" + target + ")";
            });
            return text.Replace("**", string.Empty).Replace("`", string.Empty);
        }
    }
}
