using System;
using System.Text;

namespace IdentityCenter.Core.Signing
{
    /// <summary>
    /// A growable UTF-8 buffer over an array the thread keeps (<see cref="SigningScratch"/>), so a signature costs
    /// no per-request byte arrays. It is a mutable struct: pass it by ref. What was written may include an
    /// X-Security-Token value, so the used part is cleared when the signature is done, and an outgrown array at once.
    /// </summary>
    /// <remarks>The loops copy the fields to locals: through a ref, every field access would be a memory round trip.</remarks>
    internal struct Utf8Writer
    {
        private const string UpperHex = "0123456789ABCDEF";

        private byte[] buffer;
        private int length;

        private Utf8Writer(byte[] buffer)
        {
            this.buffer = buffer;
            length = 0;
        }

        public byte[] Buffer => buffer;

        public int Length => length;

        public byte Last => buffer[length - 1];

        public static Utf8Writer Over(byte[] buffer) => new Utf8Writer(buffer);

        public void Byte(char c)
        {
            Ensure(1);
            buffer[length++] = (byte)c;
        }

        /// <summary>For text known to be ASCII: constants and what the percent-encoder has already kept.</summary>
        public void Ascii(string text, int start, int count)
        {
            // Past a few words the encoder's vectorised copy beats a loop, and for ASCII it writes the same bytes.
            if (count > 16)
            {
                Ensure(count);
                length += Encoding.UTF8.GetBytes(text, start, count, buffer, length);
                return;
            }

            Ensure(count);
            var target = buffer;
            var at = length;
            for (var i = start; i < start + count; i++)
            {
                target[at++] = (byte)text[i];
            }

            length = at;
        }

        public void Ascii(string text) => Ascii(text, 0, text.Length);

        public void Utf8(string text)
        {
            // Header names and values are nearly always ASCII, and for a short one a plain loop is cheaper than the
            // encoder's call; a long one, or the first non-ASCII character, goes to the encoder.
            if (text.Length > 16)
            {
                Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
                length += Encoding.UTF8.GetBytes(text, 0, text.Length, buffer, length);
                return;
            }

            Ensure(text.Length);
            var target = buffer;
            var at = length;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c > 0x7F)
                {
                    length = at;
                    Ensure(Encoding.UTF8.GetMaxByteCount(text.Length - i));
                    length += Encoding.UTF8.GetBytes(text, i, text.Length - i, buffer, length);
                    return;
                }

                target[at++] = (byte)c;
            }

            length = at;
        }

        public void LowerHexOf(byte[] bytes)
        {
            Ensure(bytes.Length * 2);
            length = Hex.Lower(bytes, buffer, length);
        }

        /// <summary>
        /// Appends the characters from start, count long, if every one is unreserved ASCII (or '/', when
        /// <paramref name="slashes"/> says so), which makes them their own canonical form; otherwise appends nothing
        /// and returns false.
        /// </summary>
        public bool TryPlain(string text, int start, int count, bool slashes)
        {
            Ensure(count);
            var target = buffer;
            var at = length;
            for (var i = start; i < start + count; i++)
            {
                var c = text[i];
                if (c > 0x7F || (!PercentEncoder.IsUnreserved((byte)c) && !(slashes && c == '/')))
                {
                    return false;
                }

                target[at++] = (byte)c;
            }

            length = at;
            return true;
        }

        public void PercentEscape(byte b)
        {
            Ensure(3);
            buffer[length++] = (byte)'%';
            buffer[length++] = (byte)UpperHex[b >> 4];
            buffer[length++] = (byte)UpperHex[b & 0xF];
        }

        /// <summary>Clears what was written and gives back the array, which may be a larger one than the writer began with.</summary>
        public byte[] Clear()
        {
            var cleared = buffer;
            Array.Clear(cleared, 0, length);
            length = 0;
            return cleared;
        }

        private void Ensure(int extra)
        {
            if (length + extra <= buffer.Length)
            {
                return;
            }

            var larger = new byte[Math.Max(buffer.Length * 2, length + extra)];
            System.Buffer.BlockCopy(buffer, 0, larger, 0, length);
            Array.Clear(buffer, 0, length);
            buffer = larger;
        }
    }
}
