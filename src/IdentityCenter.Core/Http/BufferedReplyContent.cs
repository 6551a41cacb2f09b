using System;
using System.Net.Http;

namespace IdentityCenter.Core.Http
{
    /// <summary>A reply body already read into memory, handed on without another copy.</summary>
    internal sealed class BufferedReplyContent : ByteArrayContent
    {
        public BufferedReplyContent(byte[] bytes)
            : base(bytes)
        {
            Bytes = bytes;
        }

        public byte[] Bytes { get; }

        /// <summary>The reply's bytes: those buffered by the pipeline, or empty when there is no body.</summary>
        public static byte[] Of(HttpResponseMessage response) =>
            response.Content is BufferedReplyContent buffered ? buffered.Bytes : Array.Empty<byte>();
    }
}
