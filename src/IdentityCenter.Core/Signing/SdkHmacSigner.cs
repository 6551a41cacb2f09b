using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace IdentityCenter.Core.Signing
{
    /// <summary>
    /// SDK-HMAC-SHA256, the API gateway's AK/SK scheme: a canonical request hashed into a string to sign, then
    /// HMAC-SHA256 keyed with the secret key's UTF-8 bytes. No key derivation and no date scoping.
    /// </summary>
    /// <remarks>
    /// Every request is signed, and a runbook sends thousands, so the canonical request and the string to sign are
    /// written as UTF-8 straight into one buffer the thread keeps (<see cref="SigningScratch"/>), the hashes
    /// (<see cref="HashEngine"/>) finish into a kept 32-byte array, and the only object made is the Authorization
    /// value itself and, when a caller asks for them, the texts in a <see cref="SigningTrace"/>.
    /// </remarks>
    internal static class SdkHmacSigner
    {
        public const string Algorithm = "SDK-HMAC-SHA256";
        public const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

        /// <summary>SHA-256 of nothing: the payload hash of every request without a body.</summary>
        private const string EmptyPayloadSha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

        private const string AccessPart = " Access=";
        private const string SignedHeadersPart = ", SignedHeaders=";
        private const string SignaturePart = ", Signature=";

        /// <summary>The X-Sdk-Date value, <see cref="DateFormat"/> in UTC, written without a format-string parse.</summary>
        public static string FormatDate(DateTimeOffset instant)
        {
            var utc = instant.UtcDateTime;
            var chars = ArrayPool<char>.Shared.Rent(16);
            try
            {
                Digits(chars, 0, utc.Year, 4);
                Digits(chars, 4, utc.Month, 2);
                Digits(chars, 6, utc.Day, 2);
                chars[8] = 'T';
                Digits(chars, 9, utc.Hour, 2);
                Digits(chars, 11, utc.Minute, 2);
                Digits(chars, 13, utc.Second, 2);
                chars[15] = 'Z';
                return new string(chars, 0, 16);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }

        /// <summary>The host header value the gateway expects: the port only when it is not the scheme's default.</summary>
        /// <remarks>An IPv6 literal keeps its brackets (IdnHost drops them), or the port would read as part of the address.</remarks>
        public static string HostHeaderValue(Uri uri)
        {
            var host = uri.HostNameType == UriHostNameType.IPv6 ? "[" + uri.IdnHost.Split('%')[0] + "]" : uri.IdnHost;
            return uri.IsDefaultPort ? host : host + ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        }

        /// <summary>
        /// Signs every header given (the caller decides the set; Authorization is never signed) and returns every
        /// intermediate text with the result. The date comes from the X-Sdk-Date header, which must be among them.
        /// </summary>
        public static RequestSignature Sign(
            string method,
            Uri uri,
            IReadOnlyList<KeyValuePair<string, string>> headers,
            byte[]? body,
            string accessKeyId,
            byte[] secretKey) =>
            Sign(method, uri, headers, body, accessKeyId, secretKey, HashEngine.Default);

        /// <summary>As the other overload, hashing with the engine given.</summary>
        internal static RequestSignature Sign(
            string method,
            Uri uri,
            IReadOnlyList<KeyValuePair<string, string>> headers,
            byte[]? body,
            string accessKeyId,
            byte[] secretKey,
            HashEngine hashes)
        {
            var trace = new SigningTrace();
            var authorization = Compute(method, uri, headers, body, null, accessKeyId, secretKey, hashes, trace);
            return new RequestSignature(trace.CanonicalRequest, trace.StringToSign, trace.SignedHeaders, trace.Signature, authorization);
        }

        /// <summary>The Authorization value alone: what the request path needs, at the least cost.</summary>
        public static string Authorize(
            string method,
            Uri uri,
            IReadOnlyList<KeyValuePair<string, string>> headers,
            byte[]? body,
            string accessKeyId,
            byte[] secretKey) =>
            Compute(method, uri, headers, body, null, accessKeyId, secretKey, HashEngine.Default, null);

        /// <summary>As <see cref="Authorize"/>, for a caller that has already hashed the body (32 bytes of SHA-256).</summary>
        public static string AuthorizeHashedBody(
            string method,
            Uri uri,
            IReadOnlyList<KeyValuePair<string, string>> headers,
            byte[] bodySha256,
            string accessKeyId,
            byte[] secretKey) =>
            Compute(method, uri, headers, null, bodySha256, accessKeyId, secretKey, HashEngine.Default, null);

        private static void AppendCanonicalQuery(StringBuilder builder, string rawQuery)
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

        private static string Compute(
            string method,
            Uri uri,
            IReadOnlyList<KeyValuePair<string, string>> headers,
            byte[]? body,
            byte[]? bodySha256,
            string accessKeyId,
            byte[] secretKey,
            HashEngine hashes,
            SigningTrace? trace)
        {
            var scratch = SigningScratch.Take();
            var canonicalHeaders = scratch.Headers;
            var writer = scratch.Writer();
            var charsUsed = 0;
            try
            {
                canonicalHeaders.Load(headers);
                var sdkDate = canonicalHeaders.SdkDate ?? throw new InvalidOperationException("The request has no X-Sdk-Date header to sign.");
                var digest = scratch.Digest;
                WriteMethod(ref writer, method);
                writer.Byte('\n');
                WriteCanonicalUri(ref writer, uri.AbsolutePath);
                writer.Byte('\n');
                WriteCanonicalQuery(ref writer, uri.Query);
                writer.Byte('\n');
                canonicalHeaders.WriteCanonical(ref writer);
                writer.Byte('\n');
                canonicalHeaders.WriteNames(ref writer);
                writer.Byte('\n');
                WritePayloadHash(ref writer, canonicalHeaders.ContentSha256, body, bodySha256, hashes, digest);
                var canonicalLength = writer.Length;
                hashes.Sha256(writer.Buffer, 0, canonicalLength, digest);

                // The string to sign goes after the canonical request in the same buffer.
                writer.Ascii(Algorithm);
                writer.Byte('\n');
                writer.Utf8(sdkDate);
                writer.Byte('\n');
                writer.LowerHexOf(digest);
                hashes.HmacSha256(secretKey, writer.Buffer, canonicalLength, writer.Length - canonicalLength, digest);

                if (trace != null)
                {
                    trace.CanonicalRequest = Encoding.UTF8.GetString(writer.Buffer, 0, canonicalLength);
                    trace.StringToSign = Encoding.UTF8.GetString(writer.Buffer, canonicalLength, writer.Length - canonicalLength);
                    var names = new char[canonicalHeaders.NamesLength()];
                    canonicalHeaders.CopyNames(names, 0);
                    trace.SignedHeaders = new string(names);
                    trace.Signature = Hex.Lower(digest);
                }

                var prefix = scratch.PrefixFor(accessKeyId, canonicalHeaders);
                if (prefix == 0)
                {
                    var chars = scratch.CharsFor(Algorithm.Length + AccessPart.Length + accessKeyId.Length + SignedHeadersPart.Length +
                                                 canonicalHeaders.NamesLength() + SignaturePart.Length + (HashEngine.DigestLength * 2));
                    prefix = WritePrefix(accessKeyId, canonicalHeaders, chars);
                    scratch.KeepPrefix(accessKeyId, canonicalHeaders, prefix);
                }

                charsUsed = Hex.Lower(digest, scratch.Chars, prefix);
                return new string(scratch.Chars, 0, charsUsed);
            }
            finally
            {
                // The signature is credential-derived; it leaves only inside the returned header value.
                scratch.Park(ref writer, charsUsed);
            }
        }

        private static void WriteMethod(ref Utf8Writer writer, string method)
        {
            foreach (var c in method)
            {
                if ((c >= 'a' && c <= 'z') || c > 0x7F)
                {
                    writer.Utf8(method.ToUpperInvariant());
                    return;
                }
            }

            writer.Ascii(method);
        }

        /// <summary>Each segment decoded, then encoded with only the unreserved set kept; always ending in '/'.</summary>
        private static void WriteCanonicalUri(ref Utf8Writer writer, string rawPath)
        {
            if (rawPath.Length == 0)
            {
                writer.Byte('/');
                return;
            }

            // A path of unreserved characters and slashes is its own canonical form, which is every path the module
            // itself builds; anything else is taken segment by segment.
            if (!writer.TryPlain(rawPath, 0, rawPath.Length, slashes: true))
            {
                WriteCanonicalSegments(ref writer, rawPath);
            }

            if (writer.Last != (byte)'/')
            {
                writer.Byte('/');
            }
        }

        private static void WriteCanonicalSegments(ref Utf8Writer writer, string rawPath)
        {
            var start = 0;
            for (var i = 0; i <= rawPath.Length; i++)
            {
                if (i < rawPath.Length && rawPath[i] != '/')
                {
                    continue;
                }

                if (start > 0)
                {
                    writer.Byte('/');
                }

                // A segment of unreserved characters decodes and encodes to itself; the others take the
                // decode-and-encode road.
                var count = i - start;
                if (!writer.TryPlain(rawPath, start, count, slashes: false))
                {
                    PercentEncoder.Write(ref writer, PercentEncoder.Decode(rawPath.Substring(start, count)));
                }

                start = i + 1;
            }
        }

        private static void WriteCanonicalQuery(ref Utf8Writer writer, string rawQuery)
        {
            if (rawQuery.Length == 0 || rawQuery == "?")
            {
                return;
            }

            var builder = new StringBuilder(rawQuery.Length * 2);
            AppendCanonicalQuery(builder, rawQuery);
            writer.Ascii(builder.ToString());
        }

        private static void WritePayloadHash(ref Utf8Writer writer, string? contentSha256, byte[]? body, byte[]? bodySha256, HashEngine hashes, byte[] digest)
        {
            if (contentSha256 != null)
            {
                writer.Utf8(contentSha256);
            }
            else if (bodySha256 != null)
            {
                writer.LowerHexOf(bodySha256);
            }
            else if (body == null || body.Length == 0)
            {
                writer.Ascii(EmptyPayloadSha256);
            }
            else
            {
                hashes.Sha256(body, 0, body.Length, digest);
                writer.LowerHexOf(digest);
            }
        }

        /// <summary>The Authorization value up to its signature digits: everything but the digits depends only on the credentials and the header names.</summary>
        private static int WritePrefix(string accessKeyId, CanonicalHeaders canonicalHeaders, char[] chars)
        {
            var at = Copy(Algorithm, chars, 0);
            at = Copy(AccessPart, chars, at);
            at = Copy(accessKeyId, chars, at);
            at = Copy(SignedHeadersPart, chars, at);
            at = canonicalHeaders.CopyNames(chars, at);
            return Copy(SignaturePart, chars, at);
        }

        private static int Copy(string text, char[] destination, int at)
        {
            text.CopyTo(0, destination, at, text.Length);
            return at + text.Length;
        }

        private static void Digits(char[] destination, int at, int value, int width)
        {
            for (var i = at + width - 1; i >= at; i--)
            {
                destination[i] = (char)('0' + (value % 10));
                value /= 10;
            }
        }
    }
}
