using System;
using IdentityCenter.Core.Http;

namespace IdentityCenter.Core.Diagnostics
{
    /// <summary>Which header values the debug stream may show.</summary>
    internal static class Redaction
    {
        public const string Mask = "***";

        public static string HeaderValue(string name, string value)
        {
            if (name.Equals(HeaderNames.Authorization, StringComparison.OrdinalIgnoreCase))
            {
                // The access key id and the signed header list help debugging; the signature is credential-derived.
                var cut = value.IndexOf("Signature=", StringComparison.Ordinal);
                return cut < 0 ? Mask : value.Substring(0, cut) + "Signature=" + Mask;
            }

            return name.Equals(HeaderNames.SecurityToken, StringComparison.OrdinalIgnoreCase) ? Mask : value;
        }
    }
}
