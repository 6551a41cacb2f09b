using System;

namespace IdentityCenter.Core.Signing
{
    /// <summary>
    /// The working set of one signature, kept per thread: the canonical headers, the UTF-8 text that is hashed, the
    /// characters of the Authorization value and the 32-byte digest. One thread-static read replaces a shared-pool
    /// rent and return for each. The characters keep the Authorization value's prefix (access key id and signed
    /// header names) for the next signature with the same ones, which then writes only the digits. A signature
    /// takes the set off its thread and puts it back cleared, so a signature started while another is under way on
    /// the same thread (nothing in the signer calls out, but the header list is the caller's) gets a set of its own
    /// instead of sharing one.
    /// </summary>
    internal sealed class SigningScratch
    {
        /// <summary>A text buffer grown past this by an unusually long request is dropped, not kept for the thread's life.</summary>
        internal const int LargestKept = 4096;

        private const int TextCapacity = 512;
        private const int CharCapacity = 256;

        [ThreadStatic]
        private static SigningScratch? parked;

        private byte[] text = new byte[TextCapacity];

        public CanonicalHeaders Headers { get; } = new CanonicalHeaders();

        public byte[] Digest { get; } = new byte[HashEngine.DigestLength];

        public char[] Chars { get; private set; } = new char[CharCapacity];

        private string? prefixAccessKeyId;
        private string[] prefixNames = new string[8];
        private int prefixNameCount;
        private int prefixLength;

        public static SigningScratch Take()
        {
            var scratch = parked;
            if (scratch == null)
            {
                return new SigningScratch();
            }

            parked = null;
            return scratch;
        }

        /// <summary>A writer over the kept text buffer; hand it back with <see cref="Park"/>.</summary>
        public Utf8Writer Writer() => Utf8Writer.Over(text);

        /// <summary>
        /// How many of <see cref="Chars"/> already hold the Authorization value's part before the signature digits,
        /// because the previous signature on this thread had the same access key id and signed header names (as
        /// every request of one session does); 0 when they must be written again.
        /// </summary>
        public int PrefixFor(string accessKeyId, CanonicalHeaders headers) =>
            prefixLength > 0 && (ReferenceEquals(prefixAccessKeyId, accessKeyId) || prefixAccessKeyId == accessKeyId) &&
            headers.NamesAre(prefixNames, prefixNameCount)
                ? prefixLength
                : 0;

        /// <summary>Room for <paramref name="length"/> characters, all cleared: the previous prefix is forgotten.</summary>
        public char[] CharsFor(int length)
        {
            prefixLength = 0;
            if (Chars.Length < length)
            {
                Chars = new char[length];
            }
            else
            {
                Array.Clear(Chars, 0, Chars.Length);
            }

            return Chars;
        }

        /// <summary>Records that <see cref="Chars"/> begins with the prefix for this access key id and these names.</summary>
        public void KeepPrefix(string accessKeyId, CanonicalHeaders headers, int length)
        {
            prefixAccessKeyId = accessKeyId;
            prefixNameCount = headers.CopyNames(ref prefixNames);
            prefixLength = length;
        }

        /// <summary>
        /// Clears what this signature wrote (the text and headers can hold an X-Security-Token, the digest and the
        /// characters the signature) and puts the set back for the thread's next signature.
        /// </summary>
        public void Park(ref Utf8Writer writer, int charsUsed)
        {
            var used = writer.Clear();
            text = used.Length <= LargestKept ? used : new byte[TextCapacity];
            Headers.Clear();
            Array.Clear(Digest, 0, Digest.Length);
            // The prefix is the access key id and header names, both sent in the clear; the digits after it are not.
            Array.Clear(Chars, prefixLength, Math.Max(0, Math.Min(charsUsed, Chars.Length) - prefixLength));
            if (Chars.Length > LargestKept)
            {
                Chars = new char[CharCapacity];
                prefixLength = 0;
            }

            parked = this;
        }
    }
}
