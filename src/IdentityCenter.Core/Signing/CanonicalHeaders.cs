using System;
using System.Buffers;
using System.Collections.Generic;
using IdentityCenter.Core.Http;

namespace IdentityCenter.Core.Signing
{
    /// <summary>
    /// The headers to sign, as the gateway canonicalises them: names lower-cased, values trimmed, Authorization left
    /// out, sorted by name then value. Held in a pooled array and, where a name or value is already in canonical
    /// form (as everything the signing handler passes is), without copying a string. A mutable struct: pass by ref.
    /// </summary>
    internal struct CanonicalHeaders
    {
        private KeyValuePair<string, string>[] pairs;
        private int count;

        public string? SdkDate { get; private set; }

        public string? ContentSha256 { get; private set; }

        public static CanonicalHeaders From(IReadOnlyList<KeyValuePair<string, string>> headers)
        {
            var result = new CanonicalHeaders { pairs = ArrayPool<KeyValuePair<string, string>>.Shared.Rent(Math.Max(1, headers.Count)) };
            for (var i = 0; i < headers.Count; i++)
            {
                var name = LowerCase(headers[i].Key);
                if (name == HeaderNames.AuthorizationLower)
                {
                    continue;
                }

                var value = Trimmed(headers[i].Value);
                if (name == HeaderNames.SdkDateLower)
                {
                    result.SdkDate = value;
                }
                else if (name == HeaderNames.ContentSha256Lower)
                {
                    result.ContentSha256 = value;
                }

                result.Insert(new KeyValuePair<string, string>(name, value));
            }

            return result;
        }

        /// <summary>name:value lines, one per header, each ending in a newline.</summary>
        public void WriteCanonical(ref Utf8Writer writer)
        {
            for (var i = 0; i < count; i++)
            {
                writer.Utf8(pairs[i].Key);
                writer.Byte(':');
                writer.Utf8(pairs[i].Value);
                writer.Byte('\n');
            }
        }

        /// <summary>The SignedHeaders list: each name once, separated by ';'.</summary>
        public void WriteNames(ref Utf8Writer writer)
        {
            for (var i = 0; i < count; i++)
            {
                if (i > 0 && pairs[i].Key == pairs[i - 1].Key)
                {
                    continue;
                }

                if (i > 0)
                {
                    writer.Byte(';');
                }

                writer.Utf8(pairs[i].Key);
            }
        }

        public int NamesLength()
        {
            var length = 0;
            for (var i = 0; i < count; i++)
            {
                if (i > 0 && pairs[i].Key == pairs[i - 1].Key)
                {
                    continue;
                }

                length += (i > 0 ? 1 : 0) + pairs[i].Key.Length;
            }

            return length;
        }

        public int CopyNames(char[] destination, int at)
        {
            for (var i = 0; i < count; i++)
            {
                if (i > 0 && pairs[i].Key == pairs[i - 1].Key)
                {
                    continue;
                }

                if (i > 0)
                {
                    destination[at++] = ';';
                }

                var name = pairs[i].Key;
                name.CopyTo(0, destination, at, name.Length);
                at += name.Length;
            }

            return at;
        }

        public void Return()
        {
            if (pairs == null)
            {
                return;
            }

            // The security token is among the values; the pool must not hand it to someone else.
            ArrayPool<KeyValuePair<string, string>>.Shared.Return(pairs, clearArray: true);
            pairs = null!;
            count = 0;
        }

        private static int Compare(KeyValuePair<string, string> a, KeyValuePair<string, string> b)
        {
            var byName = string.CompareOrdinal(a.Key, b.Key);
            return byName != 0 ? byName : string.CompareOrdinal(a.Value, b.Value);
        }

        private static string LowerCase(string name)
        {
            foreach (var c in name)
            {
                if ((c >= 'A' && c <= 'Z') || c > 0x7F)
                {
                    return name.ToLowerInvariant();
                }
            }

            return name;
        }

        private static string Trimmed(string value) =>
            value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1])) ? value.Trim() : value;

        // Insertion keeps the array sorted as it fills; a request has a handful of headers.
        private void Insert(KeyValuePair<string, string> pair)
        {
            var at = count;
            while (at > 0 && Compare(pairs[at - 1], pair) > 0)
            {
                pairs[at] = pairs[at - 1];
                at--;
            }

            pairs[at] = pair;
            count++;
        }
    }
}
