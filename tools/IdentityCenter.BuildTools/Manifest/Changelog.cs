using System;
using System.Text.RegularExpressions;

namespace IdentityCenter.BuildTools.Manifest
{
    /// <summary>
    /// Reads CHANGELOG.md, whose releases are '## [1.2.3] - date' (or '## 1.2.3') sections, newest first.
    /// </summary>
    internal static class Changelog
    {
        private static readonly Regex ReleaseHeading = new Regex(@"^##\s+\[?(?<version>[0-9][^\]\s]*)\]?", RegexOptions.CultureInvariant);

        /// <returns>The text of the version's section without its heading, or null when the changelog has none.</returns>
        public static string? ReleaseNotes(string changelog, string version)
        {
            var lines = changelog.Replace("\r\n", "\n").Split('\n');
            var start = -1;
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith("## ", StringComparison.Ordinal))
                {
                    if (start >= 0)
                    {
                        return Section(lines, start, i);
                    }

                    var match = ReleaseHeading.Match(lines[i]);
                    if (match.Success && match.Groups["version"].Value == version)
                    {
                        start = i + 1;
                    }
                }
            }

            return start >= 0 ? Section(lines, start, lines.Length) : null;
        }

        private static string Section(string[] lines, int start, int end) =>
            string.Join("\n", lines, start, end - start).Trim();
    }
}
