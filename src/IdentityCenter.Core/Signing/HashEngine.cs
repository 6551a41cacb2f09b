using System.IO;

namespace IdentityCenter.Core.Signing
{
    /// <summary>
    /// The SHA-256 and HMAC-SHA256 a signature needs, written into 32-byte arrays the caller keeps. Two ways to do it:
    /// <see cref="LibcryptoHashEngine"/> where it passes its self-test, and <see cref="IncrementalHashEngine"/>
    /// everywhere else. Both give the same bytes; they differ only in what each hash costs.
    /// </summary>
    internal abstract class HashEngine
    {
        /// <summary>The bytes of a SHA-256 or HMAC-SHA256 result.</summary>
        public const int DigestLength = 32;

        /// <summary>The engine the signer uses, chosen at the first signature.</summary>
        public static HashEngine Default { get; } = (HashEngine?)LibcryptoHashEngine.TryCreate() ?? new IncrementalHashEngine();

        /// <summary>A name for diagnostics and benchmarks.</summary>
        public abstract string Name { get; }

        /// <summary>Writes the SHA-256 of <paramref name="count"/> bytes of <paramref name="data"/> into <paramref name="digest"/>.</summary>
        public abstract void Sha256(byte[] data, int offset, int count, byte[] digest);

        /// <summary>SHA-256 of what remains in a stream that completes reads synchronously, such as a MemoryStream.</summary>
        public abstract byte[] Sha256(Stream stream);

        /// <summary>
        /// Writes the HMAC-SHA256 into <paramref name="digest"/>. An engine may keep what it derives from the key for
        /// the next call with the same array, compared by reference, because credentials keep their key bytes
        /// unchanged for their lifetime.
        /// </summary>
        public abstract void HmacSha256(byte[] key, byte[] data, int offset, int count, byte[] digest);
    }
}
