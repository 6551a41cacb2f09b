using System.IO;
using System.Threading;
using System.Net.Http;
using System.Threading.Tasks;
using IdentityCenter.Core.Errors;

namespace IdentityCenter.Core.Http
{
    internal static class BoundedContent
    {
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

            using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
            using var copy = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (copy.Length + read > maxBytes)
                {
                    response.Dispose();
                    throw new IdcTransportException("The reply is larger than " + maxBytes + " bytes and was refused.");
                }

                copy.Write(buffer, 0, read);
            }

            var buffered = new ByteArrayContent(copy.ToArray());
            foreach (var header in content.Headers)
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content = buffered;
            content.Dispose();
        }
    }
}
