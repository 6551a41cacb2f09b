using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace IdentityCenter.Core.Diagnostics
{
    /// <summary>Text with escapes decoded, and for each decoded character the span of the original it came from.</summary>
    internal sealed class DecodedText
    {
        private DecodedText(string text, int[] start, int[] end)
        {
            Text = text;
            Start = start;
            End = end;
        }

        public string Text { get; }

        public int[] Start { get; }

        public int[] End { get; }

        public static DecodedText Of(string original, int rounds)
        {
            var current = Identity(original);
            for (var round = 0; round < rounds; round++)
            {
                var next = DecodeOnce(current);
                if (next.Text.Length == current.Text.Length)
                {
                    break;
                }

                current = next;
            }

            return current;
        }

        private static DecodedText Identity(string text)
        {
            var start = new int[text.Length];
            var end = new int[text.Length];
            for (var i = 0; i < text.Length; i++)
            {
                start[i] = i;
                end[i] = i + 1;
            }

            return new DecodedText(text, start, end);
        }

        private static DecodedText DecodeOnce(DecodedText source)
        {
            var text = source.Text;
            var output = new StringBuilder(text.Length);
            var start = new List<int>(text.Length);
            var end = new List<int>(text.Length);
            for (var i = 0; i < text.Length;)
            {
                var length = Escape(text, i, out var value);
                if (length == 0)
                {
                    value = text[i];
                    length = 1;
                }

                output.Append(value);
                start.Add(source.Start[i]);
                end.Add(source.End[i + length - 1]);
                i += length;
            }

            return new DecodedText(output.ToString(), start.ToArray(), end.ToArray());
        }

        /// <summary>The length of the escape at <paramref name="i"/> and the character it stands for; 0 when there is none.</summary>
        private static int Escape(string text, int i, out char value)
        {
            value = '\0';
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                var next = text[i + 1];
                if (next == 'u' && i + 5 < text.Length && Hex(text, i + 2, 4, out var code))
                {
                    value = (char)code;
                    return 6;
                }

                if (next == '/' || next == '\\' || next == '"' || next == '\'')
                {
                    value = next;
                    return 2;
                }
            }
            else if (c == '%' && i + 2 < text.Length && Hex(text, i + 1, 2, out var code) && code < 0x80)
            {
                value = (char)code;
                return 3;
            }
            else if (c == '&')
            {
                var semicolon = text.IndexOf(';', i + 1, Math.Min(10, text.Length - i - 1));
                if (semicolon > i + 1 && Entity(text.Substring(i + 1, semicolon - i - 1), out value))
                {
                    return semicolon - i + 1;
                }
            }

            return 0;
        }

        private static bool Entity(string name, out char value)
        {
            value = '\0';
            int code;
            if (name.StartsWith("#x", StringComparison.OrdinalIgnoreCase))
            {
                if (!int.TryParse(name.Substring(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out code))
                {
                    return false;
                }
            }
            else if (name.StartsWith("#", StringComparison.Ordinal))
            {
                if (!int.TryParse(name.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out code))
                {
                    return false;
                }
            }
            else
            {
                switch (name.ToLowerInvariant())
                {
                    case "amp": code = '&'; break;
                    case "quot": code = '"'; break;
                    case "apos": code = '\''; break;
                    case "lt": code = '<'; break;
                    case "gt": code = '>'; break;
                    case "plus": code = '+'; break;
                    case "sol": code = '/'; break;
                    case "equals": code = '='; break;
                    default: return false;
                }
            }

            if (code <= 0 || code > char.MaxValue)
            {
                return false;
            }

            value = (char)code;
            return true;
        }

        private static bool Hex(string text, int at, int digits, out int value)
        {
            value = 0;
            if (at + digits > text.Length)
            {
                return false;
            }

            for (var i = at; i < at + digits; i++)
            {
                var c = text[i];
                var digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (digit < 0)
                {
                    return false;
                }

                value = (value * 16) + digit;
            }

            return true;
        }
    }
}
