using IdentityCenter.Core.Diagnostics;

namespace IdentityCenter.Core.Errors
{
    /// <summary>
    /// What an error may quote of text that came from elsewhere (a reply body, its error_msg, a header): secrets
    /// masked first, then cut to one limit, so an echoed hostile value cannot make a megabyte-long message.
    /// </summary>
    internal static class QuotedText
    {
        /// <summary>The most characters an error quotes from one value of a reply.</summary>
        public const int MaxChars = 4096;

        public const string Ellipsis = "…";

        public static string Of(string? text, CallSecrets? secrets)
        {
            var scrubbed = SecretScrubber.Scrub(text);
            if (secrets != null)
            {
                scrubbed = secrets.Mask(scrubbed);
            }

            return scrubbed.Length <= MaxChars ? scrubbed : scrubbed.Substring(0, MaxChars) + Ellipsis;
        }

        public static string? OrNull(string? text, CallSecrets? secrets) => text == null ? null : Of(text, secrets);
    }
}
