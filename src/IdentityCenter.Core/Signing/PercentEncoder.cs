using System;
using System.Text;

namespace IdentityCenter.Core.Signing
{
    /// <summary>RFC 3986 percent-encoding with only the unreserved set kept, as the gateway canonicalises.</summary>
    internal static class PercentEncoder
    {
        private const string UpperHex = "0123456789ABCDEF";

        public static bool IsUnreserved(byte b) =>
            (b >= (byte)'A' && b <= (byte)'Z') || (b >= (byte)'a' && b <= (byte)'z') ||
            (b >= (byte)'0' && b <= (byte)'9') || b == (byte)'-' || b == (byte)'_' || b == (byte)'.' || b == (byte)'~';

        public static void Append(StringBuilder builder, string value)
        {
            if (NeedsNoEncoding(value))
            {
                builder.Append(value);
                return;
            }

            foreach (var b in Encoding.UTF8.GetBytes(value))
            {
                if (IsUnreserved(b))
                {
                    builder.Append((char)b);
                }
                else
                {
                    builder.Append('%').Append(UpperHex[b >> 4]).Append(UpperHex[b & 0xF]);
                }
            }
        }

        /// <summary>The encoded form written as bytes: unreserved ASCII as is, everything else as %XX of its UTF-8 bytes.</summary>
        public static void Write(ref Utf8Writer writer, string value)
        {
            if (NeedsNoEncoding(value))
            {
                writer.Ascii(value);
                return;
            }

            foreach (var b in Encoding.UTF8.GetBytes(value))
            {
                if (IsUnreserved(b))
                {
                    writer.Byte((char)b);
                }
                else
                {
                    writer.PercentEscape(b);
                }
            }
        }

        public static string Encode(string value)
        {
            if (NeedsNoEncoding(value))
            {
                return value;
            }

            var builder = new StringBuilder(value.Length * 3);
            Append(builder, value);
            return builder.ToString();
        }

        /// <summary>Decodes %XX sequences as UTF-8; '+' stays a plus because the gateway never reads it as a space.</summary>
        public static string Decode(string value)
        {
            if (value.IndexOf('%') < 0)
            {
                return value;
            }

            var bytes = new byte[Encoding.UTF8.GetMaxByteCount(value.Length)];
            var count = 0;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c == '%' && i + 2 < value.Length && IsHex(value[i + 1]) && IsHex(value[i + 2]))
                {
                    bytes[count++] = (byte)((HexValue(value[i + 1]) << 4) | HexValue(value[i + 2]));
                    i += 2;
                }
                else
                {
                    count += Encoding.UTF8.GetBytes(value, i, char.IsHighSurrogate(c) && i + 1 < value.Length ? 2 : 1, bytes, count);
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length)
                    {
                        i++;
                    }
                }
            }

            return Encoding.UTF8.GetString(bytes, 0, count);
        }

        private static bool NeedsNoEncoding(string value)
        {
            foreach (var c in value)
            {
                if (c > 0x7F || !IsUnreserved((byte)c))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

        private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    }
}
