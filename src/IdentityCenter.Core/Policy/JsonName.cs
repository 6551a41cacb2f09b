using System;
using System.Text;
using System.Text.Json;

namespace IdentityCenter.Core.Policy
{
    /// <summary>
    /// A property name as UTF-8 bytes: a slice of the document when the name has no escapes, or its unescaped copy
    /// when it has, so that two spellings of one name compare equal. It becomes a string only for a finding.
    /// </summary>
    internal readonly struct JsonName
    {
        private readonly byte[] bytes;
        private readonly int start;

        private JsonName(byte[] bytes, int start, int length)
        {
            this.bytes = bytes;
            this.start = start;
            Length = length;
        }

        public int Length { get; }

        public ReadOnlySpan<byte> Span => new ReadOnlySpan<byte>(bytes, start, Length);

        /// <summary>The name the reader stands on; <paramref name="document"/> is the buffer the reader reads.</summary>
        public static JsonName Read(ref Utf8JsonReader reader, byte[] document)
        {
            if (!reader.ValueIsEscaped)
            {
                // TokenStartIndex is the opening quote.
                return new JsonName(document, (int)reader.TokenStartIndex + 1, reader.ValueSpan.Length);
            }

            var unescaped = new byte[reader.ValueSpan.Length];
            return new JsonName(unescaped, 0, reader.CopyString(unescaped));
        }

        /// <summary>FNV-1a: cheap, and only ever compared within one object.</summary>
        public int Hash()
        {
            var hash = 2166136261u;
            for (var i = start; i < start + Length; i++)
            {
                hash = (hash ^ bytes[i]) * 16777619u;
            }

            return (int)hash;
        }

        public bool Is(ReadOnlySpan<byte> utf8) => Span.SequenceEqual(utf8);

        /// <returns>The index of the name among <paramref name="utf8Names"/>, or -1.</returns>
        public int IndexIn(byte[][] utf8Names)
        {
            for (var i = 0; i < utf8Names.Length; i++)
            {
                // The length test first spares a call for most candidates.
                if (utf8Names[i].Length == Length && Is(utf8Names[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        public override string ToString() => Encoding.UTF8.GetString(bytes, start, Length);
    }
}
