using System;
using System.Runtime.InteropServices;

namespace IdentityCenter.Core.Signing
{
    /// <summary>
    /// Lower-case hex, the form every digest takes in a signature. A table holds both digits of each byte value as
    /// one unit, so a byte costs one load and one store: half the time of a digit at a time, on the path every
    /// request takes three times.
    /// </summary>
    internal static class Hex
    {
        private const string Digits = "0123456789abcdef";

        // Built from the digits in memory order, so the tables are right whatever the machine's byte order.
        private static readonly ushort[] AsciiPairs = BuildAsciiPairs();
        private static readonly uint[] CharPairs = BuildCharPairs();

        public static string Lower(byte[] bytes)
        {
            var chars = new char[bytes.Length * 2];
            Lower(bytes, chars, 0);
            return new string(chars);
        }

        /// <summary>Writes the digits of every byte into <paramref name="destination"/> from <paramref name="at"/>.</summary>
        public static int Lower(byte[] bytes, char[] destination, int at)
        {
            var pairs = CharPairs;
            var target = MemoryMarshal.Cast<char, uint>(new Span<char>(destination, at, bytes.Length * 2));
            for (var i = 0; i < target.Length; i++)
            {
                target[i] = pairs[bytes[i]];
            }

            return at + (bytes.Length * 2);
        }

        /// <summary>As <see cref="Lower(byte[], char[], int)"/>, as ASCII bytes.</summary>
        public static int Lower(byte[] bytes, byte[] destination, int at)
        {
            var pairs = AsciiPairs;
            var target = MemoryMarshal.Cast<byte, ushort>(new Span<byte>(destination, at, bytes.Length * 2));
            for (var i = 0; i < target.Length; i++)
            {
                target[i] = pairs[bytes[i]];
            }

            return at + (bytes.Length * 2);
        }

        private static ushort[] BuildAsciiPairs()
        {
            var pairs = new ushort[256];
            Span<byte> two = stackalloc byte[2];
            for (var b = 0; b < pairs.Length; b++)
            {
                two[0] = (byte)Digits[b >> 4];
                two[1] = (byte)Digits[b & 0xF];
                pairs[b] = MemoryMarshal.Read<ushort>(two);
            }

            return pairs;
        }

        private static uint[] BuildCharPairs()
        {
            var pairs = new uint[256];
            Span<char> two = stackalloc char[2];
            for (var b = 0; b < pairs.Length; b++)
            {
                two[0] = Digits[b >> 4];
                two[1] = Digits[b & 0xF];
                pairs[b] = MemoryMarshal.Read<uint>(MemoryMarshal.AsBytes(two));
            }

            return pairs;
        }
    }
}
