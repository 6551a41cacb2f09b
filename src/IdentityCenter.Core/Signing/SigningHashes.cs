using System.IO;

namespace IdentityCenter.Core.Signing
{
    /// <summary>The signer's hashing, through <see cref="HashEngine.Default"/>.</summary>
    internal static class SigningHashes
    {
        /// <summary>SHA-256 of nothing: the payload hash of every request without a body.</summary>
        public const string EmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

        public const int Length = HashEngine.DigestLength;

        public static byte[] Sha256(byte[] data, int offset, int count)
        {
            var digest = new byte[Length];
            HashEngine.Default.Sha256(data, offset, count, digest);
            return digest;
        }

        /// <summary>SHA-256 of what remains in a stream that completes reads synchronously, such as a MemoryStream.</summary>
        public static byte[] Sha256(Stream stream) => HashEngine.Default.Sha256(stream);
    }
}
