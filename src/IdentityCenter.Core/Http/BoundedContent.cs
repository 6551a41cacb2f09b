using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core.Errors;

namespace IdentityCenter.Core.Http
{
    internal static class BoundedContent
    {
        private const int ChunkBytes = 16 * 1024;

        /// <summary>Replaces the reply's content with an in-memory copy, refusing one larger than the cap.</summary>
        public static async Task BufferAsync(HttpResponseMessage response, int maxBytes, CancellationToken cancellationToken)
        {
            var content = response.Content;
            if (content == null)
            {
                return;
            }

            var declared = content.Headers.ContentLength;
            if (declared > maxBytes)
            {
                response.Dispose();
                throw new IdcTransportException("The reply declares " + declared + " bytes; replies larger than " + maxBytes + " bytes are refused.");
            }

            byte[] bytes;
            using (var stream = await content.ReadAsStreamAsync().ConfigureAwait(false))
            {
                bytes = declared.HasValue
                    ? await ReadDeclaredAsync(stream, (int)declared.Value, cancellationToken).ConfigureAwait(false)
                    : await ReadUndeclaredAsync(response, stream, maxBytes, cancellationToken).ConfigureAwait(false);
            }

            // The copy carries none of the reply's content headers: nothing above this reads them, and enumerating
            // them parses each one.
            response.Content = new BufferedReplyContent(bytes);
            content.Dispose();
        }

        // The usual case: the length is known, so the body lands in one array of its size.
        private static async Task<byte[]> ReadDeclaredAsync(Stream stream, int length, CancellationToken cancellationToken)
        {
            var bytes = length == 0 ? Array.Empty<byte>() : new byte[length];
            var filled = 0;
            while (filled < length)
            {
                var read = await stream.ReadAsync(bytes, filled, length - filled, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    throw new IdcTransportException("The reply ended after " + filled + " of its declared " + length + " bytes.");
                }

                filled += read;
            }

            return bytes;
        }

        private static async Task<byte[]> ReadUndeclaredAsync(HttpResponseMessage response, Stream stream, int maxBytes, CancellationToken cancellationToken)
        {
            var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
            try
            {
                using var copy = new MemoryStream();
                int read;
                while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (copy.Length + read > maxBytes)
                    {
                        response.Dispose();
                        throw new IdcTransportException("The reply is larger than " + maxBytes + " bytes and was refused.");
                    }

                    copy.Write(chunk, 0, read);
                }

                return copy.ToArray();
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
        }
    }
}
