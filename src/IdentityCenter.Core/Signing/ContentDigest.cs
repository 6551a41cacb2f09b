using System.Net.Http;
using System.Threading.Tasks;

namespace IdentityCenter.Core.Signing
{
    /// <summary>
    /// SHA-256 of a request body for the signature. The client's bodies are byte-array contents, whose read stream
    /// is a view of the array, so the body is hashed where it lies instead of being copied out twice by
    /// ReadAsByteArrayAsync; any other content is buffered as before.
    /// </summary>
    internal static class ContentDigest
    {
        public static async Task<byte[]> Sha256Async(HttpContent content)
        {
            if (content is ByteArrayContent)
            {
                var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
                if (stream.CanSeek)
                {
                    // The content keeps handing out this one stream, and a retry signs again: always from the start.
                    stream.Position = 0;
                    var digest = HashEngine.Default.Sha256(stream);
                    stream.Position = 0;
                    return digest;
                }
            }

            var body = await content.ReadAsByteArrayAsync().ConfigureAwait(false);
            var bodyDigest = new byte[HashEngine.DigestLength];
            HashEngine.Default.Sha256(body, 0, body.Length, bodyDigest);
            return bodyDigest;
        }
    }
}
