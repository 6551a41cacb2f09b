using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core.Diagnostics;

namespace IdentityCenter.Core.Http
{
    /// <summary>
    /// One verbose line per HTTP exchange, and on the debug stream the headers with secrets masked. It also reads
    /// the reply body into memory up to a cap, so a hostile or broken server cannot exhaust memory.
    /// </summary>
    internal sealed class TelemetryHandler : DelegatingHandler
    {
        public const int MaxResponseBytes = 1024 * 1024;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var context = RequestContext.From(request);
            var sink = context.Sink;
            var path = request.RequestUri!.AbsolutePath;
            sink.Report(new IdcEvent(IdcEventLevel.Debug, DescribeRequest(request)));
            var watch = Stopwatch.StartNew();
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                await BoundedContent.BufferAsync(response, MaxResponseBytes, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                sink.Report(new IdcEvent(
                    IdcEventLevel.Verbose,
                    request.Method.Method + " " + path + " failed after " + watch.ElapsedMilliseconds + " ms (attempt " + context.Attempt + "): " + ex.GetType().Name));
                throw;
            }

            var requestId = response.Headers.TryGetValues("X-Request-Id", out var ids) ? ids.FirstOrDefault() : null;
            sink.Report(new IdcEvent(
                IdcEventLevel.Verbose,
                request.Method.Method + " " + path + " -> " + (int)response.StatusCode + " in " + watch.ElapsedMilliseconds + " ms" +
                (requestId == null ? string.Empty : ", request id " + requestId) + " (attempt " + context.Attempt + ")"));
            return response;
        }

        private static string DescribeRequest(HttpRequestMessage request)
        {
            var builder = new StringBuilder();
            builder.Append(request.Method.Method).Append(' ').Append(request.RequestUri!.PathAndQuery);
            foreach (var header in request.Headers)
            {
                foreach (var value in header.Value)
                {
                    builder.Append("; ").Append(header.Key).Append(": ").Append(Redaction.HeaderValue(header.Key, value));
                }
            }

            return builder.ToString();
        }
    }
}
