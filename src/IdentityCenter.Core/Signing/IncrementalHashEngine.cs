using System;
using System.Buffers;
using System.IO;
using System.Security.Cryptography;

namespace IdentityCenter.Core.Signing
{
    /// <summary>
    /// Hashes with the runtime's <see cref="IncrementalHash"/>, one SHA-256 and one HMAC object kept per thread and
    /// reset after each use: creating them is most of what a signature used to cost. Every platform has it.
    /// </summary>
    internal sealed class IncrementalHashEngine : HashEngine
    {
        [ThreadStatic]
        private static IncrementalHash? sha256;

        [ThreadStatic]
        private static IncrementalHash? hmac;

        [ThreadStatic]
        private static byte[]? hmacKey;

        public override string Name => "IncrementalHash";

        public override void Sha256(byte[] data, int offset, int count, byte[] digest)
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

        public override byte[] Sha256(Stream stream)
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

        public override void HmacSha256(byte[] key, byte[] data, int offset, int count, byte[] digest)
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
