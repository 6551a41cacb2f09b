using System;
using System.Buffers;
using System.IO;
using System.Security.Cryptography;

namespace IdentityCenter.Core.Signing
{
    /// <summary>
    /// SHA-256 and HMAC-SHA256 objects kept per thread and reset after each use: creating them is most of what a
    /// signature used to cost. The HMAC is keyed once per secret key; the key array is held by reference, never
    /// copied, and compared by reference, because credentials keep their key bytes unchanged for their lifetime.
    /// </summary>
    internal static class SigningHashes
    {
        /// <summary>SHA-256 of nothing: the payload hash of every request without a body.</summary>
        public const string EmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

        [ThreadStatic]
        private static IncrementalHash? sha256;

        [ThreadStatic]
        private static IncrementalHash? hmac;

        [ThreadStatic]
        private static byte[]? hmacKey;

        public const int Length = 32;

        public static byte[] Sha256(byte[] data, int offset, int count)
        {
            var digest = new byte[Length];
            Sha256(data, offset, count, digest);
            return digest;
        }

        /// <summary>Writes the SHA-256 into <paramref name="digest"/>, 32 bytes the caller reuses.</summary>
        public static void Sha256(byte[] data, int offset, int count, byte[] digest)
        {
            var hash = sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            try
            {
                hash.AppendData(data, offset, count);
                HashCompletion.Finish(hash, digest);
            }
            catch
            {
                // A half-fed hash must not be reused.
                sha256 = null;
                hash.Dispose();
                throw;
            }
        }

        /// <summary>SHA-256 of what remains in a stream that completes reads synchronously, such as a MemoryStream.</summary>
        public static byte[] Sha256(Stream stream)
        {
            var hash = sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var chunk = ArrayPool<byte>.Shared.Rent(4096);
            try
            {
                int read;
                while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
                {
                    hash.AppendData(chunk, 0, read);
                }

                return hash.GetHashAndReset();
            }
            catch
            {
                sha256 = null;
                hash.Dispose();
                throw;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
        }

        /// <summary>Writes the HMAC-SHA256 into <paramref name="digest"/>, 32 bytes the caller reuses.</summary>
        public static void HmacSha256(byte[] key, byte[] data, int offset, int count, byte[] digest)
        {
            if (hmac == null || !ReferenceEquals(hmacKey, key))
            {
                hmac?.Dispose();
                hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
                hmacKey = key;
            }

            var mac = hmac;
            try
            {
                mac.AppendData(data, offset, count);
                HashCompletion.Finish(mac, digest);
            }
            catch
            {
                hmac = null;
                hmacKey = null;
                mac.Dispose();
                throw;
            }
        }
    }
}
