using System;
using System.Collections.Generic;
using IdentityCenter.Core.Http;

namespace IdentityCenter.Core.Signing
{
    /// <summary>
    /// The headers to sign, as the gateway canonicalises them: names lower-cased, values trimmed, Authorization left
    /// out, sorted by name then value. One instance per thread is reused (see <see cref="SigningScratch"/>): the
    /// pairs stay where they were loaded and only their order is sorted, so sorting moves integers, not references,
    /// and a name or value already in canonical form (everything the signing handler passes) is not copied.
    /// </summary>
    internal sealed class CanonicalHeaders
    {
        private KeyValuePair<string, string>[] pairs = new KeyValuePair<string, string>[8];
        private int[] order = new int[8];
        private int count;

        public string? SdkDate { get; private set; }

        public string? ContentSha256 { get; private set; }

        public void Load(IReadOnlyList<KeyValuePair<string, string>> headers)
        {
            var total = headers.Count;
            if (total > pairs.Length)
            {
                pairs = new KeyValuePair<string, string>[total];
                order = new int[total];
            }

            for (var i = 0; i < total; i++)
            {
                var header = headers[i];
                var name = LowerCase(header.Key);
                if (name == HeaderNames.AuthorizationLower)
                {
                    continue;
                }

                var value = Trimmed(header.Value);
                if (name == HeaderNames.SdkDateLower)
                {
                    SdkDate = value;
                }
                else if (name == HeaderNames.ContentSha256Lower)
                {
                    ContentSha256 = value;
                }

                pairs[count] = new KeyValuePair<string, string>(name, value);
                Insert(count);
                count++;
            }
        }

        /// <summary>name:value lines, one per header, each ending in a newline.</summary>
        public void WriteCanonical(ref Utf8Writer writer)
        {
            for (var i = 0; i < count; i++)
            {
                var pair = pairs[order[i]];
                writer.Utf8(pair.Key);
                writer.Byte(':');
                writer.Utf8(pair.Value);
                writer.Byte('\n');
            }
        }

        /// <summary>The SignedHeaders list: each name once, separated by ';'.</summary>
        public void WriteNames(ref Utf8Writer writer)
        {
            string? previous = null;
            for (var i = 0; i < count; i++)
            {
                var name = pairs[order[i]].Key;
                if (previous != null)
                {
                    if (name == previous)
                    {
                        continue;
                    }

                    writer.Byte(';');
                }

                writer.Utf8(name);
                previous = name;
            }
        }

        public int NamesLength()
        {
            string? previous = null;
            var length = 0;
            for (var i = 0; i < count; i++)
            {
                var name = pairs[order[i]].Key;
                if (previous != null)
                {
                    if (name == previous)
                    {
                        continue;
                    }

                    length++;
                }

                length += name.Length;
                previous = name;
            }

            return length;
        }

        public int CopyNames(char[] destination, int at)
        {
            string? previous = null;
            for (var i = 0; i < count; i++)
            {
                var name = pairs[order[i]].Key;
                if (previous != null)
                {
                    if (name == previous)
                    {
                        continue;
                    }

                    destination[at++] = ';';
                }

                name.CopyTo(0, destination, at, name.Length);
                at += name.Length;
                previous = name;
            }

            return at;
        }

        /// <summary>Whether the SignedHeaders names are, in order, the first <paramref name="count"/> of <paramref name="names"/>.</summary>
        public bool NamesAre(string[] names, int count)
        {
            string? previous = null;
            var at = 0;
            for (var i = 0; i < this.count; i++)
            {
                var name = pairs[order[i]].Key;
                if (previous != null && name == previous)
                {
                    continue;
                }

                if (at == count || !(ReferenceEquals(name, names[at]) || name == names[at]))
                {
                    return false;
                }

                at++;
                previous = name;
            }

            return at == count;
        }

        /// <summary>The SignedHeaders names into <paramref name="names"/>, grown if need be; returns how many.</summary>
        public int CopyNames(ref string[] names)
        {
            if (names.Length < count)
            {
                names = new string[count];
            }

            string? previous = null;
            var at = 0;
            for (var i = 0; i < count; i++)
            {
                var name = pairs[order[i]].Key;
                if (previous == null || name != previous)
                {
                    names[at++] = name;
                    previous = name;
                }
            }

            return at;
        }

        /// <summary>Forgets the request: the security token is among the values and must not outlive it here.</summary>
        public void Clear()
        {
            Array.Clear(pairs, 0, count);
            count = 0;
            SdkDate = null;
            ContentSha256 = null;
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

        // Insertion keeps the order sorted as it fills; a request has a handful of headers.
        private void Insert(int index)
        {
            var pair = pairs[index];
            var at = index;
            while (at > 0 && Compare(pairs[order[at - 1]], pair) > 0)
            {
                order[at] = order[at - 1];
                at--;
            }

            order[at] = index;
        }
    }
}
