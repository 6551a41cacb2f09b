using System;
using System.Buffers;
using System.IO;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace IdentityCenter.Core.Signing
{
    /// <summary>
    /// Hashes with OpenSSL 3's SHA-256 functions directly, on Linux, where the runtime's own hashing goes through
    /// OpenSSL too. Each <see cref="IncrementalHash"/> operation there pays for a digest re-initialisation and a
    /// provider look-up that cost more than hashing a few hundred bytes, and a signature makes three of them. The
    /// HMAC is built from two SHA-256 states prepared once per key (RFC 2104), copied for each message, which also
    /// saves hashing the two padded key blocks every time.
    /// </summary>
    /// <remarks>
    /// Chosen only when every check passes: the platform is Linux, libcrypto.so.3 loads, FIPS mode is off (the
    /// FIPS provider is then reached only through the runtime), and a self-test against the runtime's hashing
    /// gives the same bytes. Otherwise <see cref="TryCreate"/> returns null and the runtime's hashing is used.
    /// </remarks>
    internal sealed class LibcryptoHashEngine : HashEngine
    {
        private const string Library = "libcrypto.so.3";
        private const int BlockLength = 64;
        private const byte InnerPad = 0x36;
        private const byte OuterPad = 0x5c;

        [ThreadStatic]
        private static KeyedStates? keyed;

        private LibcryptoHashEngine()
        {
        }

        public override string Name => "libcrypto SHA-256";

        /// <summary>The engine, or null where it cannot be used or does not agree with the runtime's hashing.</summary>
        public static LibcryptoHashEngine? TryCreate()
        {
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
            {
                return null;
            }

            try
            {
                if (NativeMethods.EVP_default_properties_is_fips_enabled(IntPtr.Zero) != 0)
                {
                    return null;
                }

                var engine = new LibcryptoHashEngine();
                return engine.AgreesWith(new IncrementalHashEngine()) ? engine : null;
            }
            catch (Exception e) when (e is DllNotFoundException || e is EntryPointNotFoundException || e is BadImageFormatException || e is CryptographicException)
            {
                return null;
            }
        }

        public override void Sha256(byte[] data, int offset, int count, byte[] digest)
        {
            CheckRange(data, offset, count);
            CheckDigest(digest);
            var state = default(Sha256State);
            Check(NativeMethods.SHA256_Init(ref state));
            Absorb(ref state, data, offset, count);
            Check(NativeMethods.SHA256_Final(ref digest[0], ref state));
        }

        public override byte[] Sha256(Stream stream)
        {
            var digest = new byte[DigestLength];
            var chunk = ArrayPool<byte>.Shared.Rent(4096);
            try
            {
                var state = default(Sha256State);
                Check(NativeMethods.SHA256_Init(ref state));
                int read;
                while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
                {
                    Absorb(ref state, chunk, 0, read);
                }

                Check(NativeMethods.SHA256_Final(ref digest[0], ref state));
                return digest;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
        }

        public override void HmacSha256(byte[] key, byte[] data, int offset, int count, byte[] digest)
        {
            CheckRange(data, offset, count);
            CheckDigest(digest);
            var states = keyed;
            if (states == null || !ReferenceEquals(states.Key, key))
            {
                states?.Forget();
                states = keyed = KeyedStates.For(key);
            }

            var inner = states.Inner;
            var outer = states.Outer;
            try
            {
                Absorb(ref inner, data, offset, count);
                Check(NativeMethods.SHA256_Final(ref digest[0], ref inner));
                Absorb(ref outer, digest, 0, DigestLength);
                Check(NativeMethods.SHA256_Final(ref digest[0], ref outer));
            }
            finally
            {
                // Copies of key-derived state: not left on the stack.
                inner = default;
                outer = default;
            }
        }

        private static void Absorb(ref Sha256State state, byte[] data, int offset, int count)
        {
            if (count > 0)
            {
                Check(NativeMethods.SHA256_Update(ref state, ref data[offset], (UIntPtr)(uint)count));
            }
        }

        private static void Check(int result)
        {
            if (result != 1)
            {
                throw new CryptographicException("libcrypto's SHA-256 reported a failure.");
            }
        }

        private static void CheckRange(byte[] data, int offset, int count)
        {
            if (data == null)
            {
                throw new ArgumentNullException(nameof(data));
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "The range lies outside the array.");
            }
        }

        private static void CheckDigest(byte[] digest)
        {
            if (digest == null || digest.Length != DigestLength)
            {
                throw new ArgumentException("The digest array must be " + DigestLength + " bytes long.", nameof(digest));
            }
        }

        /// <summary>
        /// Hashes a few messages both ways, across block boundaries and with keys shorter and longer than a block,
        /// and with a stream read in chunks, so a library whose functions or state size differ is never used.
        /// </summary>
        private bool AgreesWith(HashEngine reference)
        {
            var message = new byte[300];
            for (var i = 0; i < message.Length; i++)
            {
                message[i] = (byte)((i * 31) + 7);
            }

            var ours = new byte[DigestLength];
            var theirs = new byte[DigestLength];
            foreach (var length in new[] { 0, 3, 55, 64, 65, 300 })
            {
                Sha256(message, 0, length, ours);
                reference.Sha256(message, 0, length, theirs);
                if (!Same(ours, theirs))
                {
                    return false;
                }

                foreach (var keyLength in new[] { 0, 20, 64, 100 })
                {
                    var key = new byte[keyLength];
                    Buffer.BlockCopy(message, 300 - keyLength, key, 0, keyLength);
                    HmacSha256(key, message, 0, length, ours);
                    reference.HmacSha256(key, message, 0, length, theirs);
                    if (!Same(ours, theirs))
                    {
                        return false;
                    }
                }
            }

            keyed?.Forget();
            keyed = null;
            using (var stream = new MemoryStream(new byte[10000]))
            {
                var fromStream = Sha256(stream);
                stream.Position = 0;
                return Same(fromStream, reference.Sha256(stream));
            }
        }

        private static bool Same(byte[] a, byte[] b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Room for OpenSSL's SHA256_CTX, which is 112 bytes (eight words of state, two of length, sixteen of block,
        /// two of counters) in every 3.x release; copied by value to restart a keyed hash.
        /// </summary>
        [StructLayout(LayoutKind.Sequential, Size = 128)]
        private struct Sha256State
        {
#pragma warning disable CS0169 // Written only by libcrypto.
            private long first;
#pragma warning restore CS0169
        }

        /// <summary>One key's inner and outer SHA-256 states, each having absorbed its padded key block.</summary>
        private sealed class KeyedStates
        {
            private KeyedStates(byte[] key)
            {
                Key = key;
            }

            public byte[] Key { get; }

            public Sha256State Inner;

            public Sha256State Outer;

            public static KeyedStates For(byte[] key)
            {
                var states = new KeyedStates(key);
                var block = new byte[BlockLength];
                byte[]? hashedKey = null;
                try
                {
                    if (key.Length > BlockLength)
                    {
                        hashedKey = new byte[DigestLength];
                        var state = default(Sha256State);
                        Check(NativeMethods.SHA256_Init(ref state));
                        Absorb(ref state, key, 0, key.Length);
                        Check(NativeMethods.SHA256_Final(ref hashedKey[0], ref state));
                        Buffer.BlockCopy(hashedKey, 0, block, 0, DigestLength);
                    }
                    else
                    {
                        Buffer.BlockCopy(key, 0, block, 0, key.Length);
                    }

                    Pad(block, InnerPad);
                    Check(NativeMethods.SHA256_Init(ref states.Inner));
                    Absorb(ref states.Inner, block, 0, BlockLength);
                    Pad(block, InnerPad ^ OuterPad);
                    Check(NativeMethods.SHA256_Init(ref states.Outer));
                    Absorb(ref states.Outer, block, 0, BlockLength);
                    return states;
                }
                finally
                {
                    Array.Clear(block, 0, block.Length);
                    if (hashedKey != null)
                    {
                        Array.Clear(hashedKey, 0, hashedKey.Length);
                    }
                }
            }

            /// <summary>Clears the key-derived states when the thread moves on to another key.</summary>
            public void Forget()
            {
                Inner = default;
                Outer = default;
            }

            private static void Pad(byte[] block, int pad)
            {
                for (var i = 0; i < block.Length; i++)
                {
                    block[i] ^= (byte)pad;
                }
            }
        }

        private static class NativeMethods
        {
            [DllImport(Library, ExactSpelling = true)]
            public static extern int EVP_default_properties_is_fips_enabled(IntPtr libraryContext);

            [DllImport(Library, ExactSpelling = true)]
            public static extern int SHA256_Init(ref Sha256State state);

            [DllImport(Library, ExactSpelling = true)]
            public static extern int SHA256_Update(ref Sha256State state, ref byte data, UIntPtr length);

            [DllImport(Library, ExactSpelling = true)]
            public static extern int SHA256_Final(ref byte digest, ref Sha256State state);
        }
    }
}
