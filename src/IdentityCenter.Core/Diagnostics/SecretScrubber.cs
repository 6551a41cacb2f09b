using System.Text.RegularExpressions;
using IdentityCenter.Core.Http;

namespace IdentityCenter.Core.Diagnostics
{
    /// <summary>
    /// Masks credential material in text that came from elsewhere. The gateway's answer to a bad signature quotes its
    /// canonical request, which holds the X-Security-Token value; an Authorization value or signature may be quoted too.
    /// </summary>
    public static class SecretScrubber
    {
        public const string Mask = Redaction.Mask;

        // The gateway writes the canonical request on one line with '|' for line breaks, so a value ends at '|' too.
        private static readonly Regex HeaderValues = new Regex(
            "(?<name>" + HeaderNames.SecurityToken + "|" + HeaderNames.Authorization + @"|security_token)(?<sep>\s*[:=]\s*)(?<value>[^|\r\n]+)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private static readonly Regex Signatures = new Regex(
            @"(?<name>Signature)(?<sep>\s*=\s*)(?<value>[0-9A-Za-z+/=_-]+)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        public static string Scrub(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return text ?? string.Empty;
            }

            var scrubbed = HeaderValues.Replace(text, m => m.Groups["name"].Value + m.Groups["sep"].Value + Mask);
            return Signatures.Replace(scrubbed, m => m.Groups["name"].Value + m.Groups["sep"].Value + Mask);
        }
    }
}
