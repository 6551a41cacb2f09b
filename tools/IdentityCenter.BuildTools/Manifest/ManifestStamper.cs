using System;
using System.Text.RegularExpressions;

namespace IdentityCenter.BuildTools.Manifest
{
    /// <summary>
    /// Writes a build's values into the manifest text: the version, the release notes, and the project and license
    /// addresses when the build was given them. The source manifest marks each place with a line the build replaces,
    /// so a manifest without one of them is refused rather than shipped half stamped.
    /// </summary>
    internal static class ManifestStamper
    {
        private static readonly Regex Version = new Regex(@"(?m)^(?<indent>\s*)ModuleVersion\s*=\s*'[^']*'", RegexOptions.CultureInvariant);
        private static readonly Regex ReleaseNotes = new Regex(@"(?m)^(?<indent>[ \t]*)ReleaseNotes\s*=\s*''[ \t]*(?=\r?$)", RegexOptions.CultureInvariant);
        private static readonly Regex PlainVersion = new Regex(@"^\d+\.\d+\.\d+$", RegexOptions.CultureInvariant);

        /// <exception cref="ArgumentException">A value is unusable, or the manifest lacks a line to stamp.</exception>
        public static string Stamp(string manifest, ManifestStamp stamp)
        {
            if (!PlainVersion.IsMatch(stamp.Version))
            {
                throw new ArgumentException("The version '" + stamp.Version + "' is not a plain three-part version such as 1.2.3.");
            }

            if (Version.Matches(manifest).Count != 1)
            {
                throw new ArgumentException("The manifest must have exactly one ModuleVersion = '...' line to stamp.");
            }

            var notes = ReleaseNotes.Match(manifest);
            if (!notes.Success)
            {
                throw new ArgumentException("The manifest has no ReleaseNotes = '' line in PrivateData.PSData to stamp.");
            }

            var indent = notes.Groups["indent"].Value;
            var newLine = manifest.Contains("\r\n") ? "\r\n" : "\n";
            var replacement = indent + "ReleaseNotes = " + Quote(stamp.ReleaseNotes, newLine);
            replacement += Address(indent, "ProjectUri", stamp.ProjectUri, newLine);
            replacement += Address(indent, "LicenseUri", stamp.LicenseUri, newLine);

            var stamped = manifest.Substring(0, notes.Index) + replacement + manifest.Substring(notes.Index + notes.Length);
            return Version.Replace(stamped, m => m.Groups["indent"].Value + "ModuleVersion = '" + stamp.Version + "'");
        }

        /// <summary>A PowerShell single-quoted string, which may span lines; quotes inside are doubled.</summary>
        public static string Quote(string text, string newLine) => "'" + text.Replace("\r\n", "\n").Replace("\n", newLine).Replace("'", "''") + "'";

        private static string Address(string indent, string key, string? uri, string newLine)
        {
            if (uri == null)
            {
                return string.Empty;
            }

            if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttps && parsed.Scheme != Uri.UriSchemeHttp))
            {
                throw new ArgumentException(key + " '" + uri + "' is not an absolute http or https address.");
            }

            return newLine + indent + key + " = " + Quote(parsed.AbsoluteUri, newLine);
        }
    }
}
