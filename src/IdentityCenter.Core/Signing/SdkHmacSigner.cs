using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IdentityCenter.Core.Signing
{
    /// <summary>
    /// SDK-HMAC-SHA256, the API gateway's AK/SK scheme: a canonical request hashed into a string to sign, then
    /// HMAC-SHA256 keyed with the secret key's UTF-8 bytes. No key derivation and no date scoping.
    /// </summary>
    internal static class SdkHmacSigner
    {
        public const string Algorithm = "SDK-HMAC-SHA256";
        public const string DateHeader = "X-Sdk-Date";
        public const string ContentSha256Header = "X-Sdk-Content-Sha256";
        public const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

        public static string FormatDate(DateTimeOffset instant) =>
            instant.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);

        /// <summary>The host header value the gateway expects: the port only when it is not the scheme's default.</summary>
        public static string HostHeaderValue(Uri uri) =>
            uri.IsDefaultPort ? uri.IdnHost : uri.IdnHost + ":" + uri.Port.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// Signs every header given (the caller decides the set; Authorization is never signed). The date comes from
        /// the X-Sdk-Date header, which must be among them.
        /// </summary>
        public static RequestSignature Sign(
            string method,
            Uri uri,
            IReadOnlyList<KeyValuePair<string, string>> headers,
            byte[]? body,
            string accessKeyId,
            byte[] secretKey)
        {
            var sorted = SortHeaders(headers, out var sdkDate, out var contentSha256);
            if (sdkDate is null)
            {
                throw new InvalidOperationException("The request has no X-Sdk-Date header to sign.");
            }

            var signedHeaders = JoinNames(sorted);
            var canonical = new StringBuilder(256 + (uri.AbsolutePath.Length * 2));
            canonical.Append(method.ToUpperInvariant()).Append('\n');
            AppendCanonicalUri(canonical, uri.AbsolutePath);
            canonical.Append('\n');
            AppendCanonicalQuery(canonical, uri.Query);
            canonical.Append('\n');
            foreach (var header in sorted)
            {
                canonical.Append(header.Key).Append(':').Append(header.Value).Append('\n');
            }

            canonical.Append('\n').Append(signedHeaders).Append('\n');
            canonical.Append(contentSha256 ?? Hex.Sha256(body ?? Array.Empty<byte>()));

            var canonicalRequest = canonical.ToString();
            var stringToSign = Algorithm + "\n" + sdkDate + "\n" + Hex.Sha256(Encoding.UTF8.GetBytes(canonicalRequest));
            string signature;
            using (var hmac = new HMACSHA256(secretKey))
            {
                signature = Hex.Lower(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
            }

            var authorization = Algorithm + " Access=" + accessKeyId + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature;
            return new RequestSignature(canonicalRequest, stringToSign, signedHeaders, signature, authorization);
        }

        internal static void AppendCanonicalUri(StringBuilder builder, string rawPath)
        {
            if (rawPath.Length == 0)
            {
                builder.Append('/');
                return;
            }

            var segments = rawPath.Split('/');
            for (var i = 0; i < segments.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append('/');
                }

                PercentEncoder.Append(builder, PercentEncoder.Decode(segments[i]));
            }

            if (builder[builder.Length - 1] != '/')
            {
                builder.Append('/');
            }
        }

        internal static void AppendCanonicalQuery(StringBuilder builder, string rawQuery)
        {
            var query = rawQuery.StartsWith("?", StringComparison.Ordinal) ? rawQuery.Substring(1) : rawQuery;
            if (query.Length == 0)
            {
                return;
            }

            var pairs = new List<KeyValuePair<string, string>>();
            foreach (var part in query.Split('&'))
            {
                if (part.Length == 0)
                {
                    continue;
                }

                var equals = part.IndexOf('=');
                var key = equals < 0 ? part : part.Substring(0, equals);
                var value = equals < 0 ? string.Empty : part.Substring(equals + 1);
                pairs.Add(new KeyValuePair<string, string>(PercentEncoder.Decode(key), PercentEncoder.Decode(value)));
            }

            pairs.Sort(static (a, b) =>
            {
                var byKey = string.CompareOrdinal(a.Key, b.Key);
                return byKey != 0 ? byKey : string.CompareOrdinal(a.Value, b.Value);
            });

            for (var i = 0; i < pairs.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append('&');
                }

                PercentEncoder.Append(builder, pairs[i].Key);
                builder.Append('=');
                PercentEncoder.Append(builder, pairs[i].Value);
            }
        }

        private static List<KeyValuePair<string, string>> SortHeaders(
            IReadOnlyList<KeyValuePair<string, string>> headers,
            out string? sdkDate,
            out string? contentSha256)
        {
            sdkDate = null;
            contentSha256 = null;
            var sorted = new List<KeyValuePair<string, string>>(headers.Count);
            foreach (var header in headers)
            {
                var name = header.Key.ToLowerInvariant();
                if (name == "authorization")
                {
                    continue;
                }

                var value = header.Value.Trim();
                if (name == "x-sdk-date")
                {
                    sdkDate = value;
                }
                else if (name == "x-sdk-content-sha256")
                {
                    contentSha256 = value;
                }

                sorted.Add(new KeyValuePair<string, string>(name, value));
            }

            sorted.Sort(static (a, b) =>
            {
                var byName = string.CompareOrdinal(a.Key, b.Key);
                return byName != 0 ? byName : string.CompareOrdinal(a.Value, b.Value);
            });
            return sorted;
        }

        private static string JoinNames(List<KeyValuePair<string, string>> sorted)
        {
            var builder = new StringBuilder(sorted.Count * 12);
            string? previous = null;
            foreach (var header in sorted)
            {
                if (header.Key == previous)
                {
                    continue;
                }

                if (builder.Length > 0)
                {
                    builder.Append(';');
                }

                builder.Append(header.Key);
                previous = header.Key;
            }

            return builder.ToString();
        }
    }
}
