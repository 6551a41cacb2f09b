using System;
using System.Diagnostics;
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

            // Lines nobody reads are not even composed: they are most of what this handler would otherwise allocate per request.
            var reporting = Wants(sink, IdcEventLevel.Verbose);
            if (Wants(sink, IdcEventLevel.Debug))
            {
                sink.Report(new IdcEvent(IdcEventLevel.Debug, DescribeRequest(request)));
            }

            var started = Stopwatch.GetTimestamp();
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                await BoundedContent.BufferAsync(response, MaxResponseBytes, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                if (reporting)
                {
                    sink.Report(new IdcEvent(
                        IdcEventLevel.Verbose,
                        request.Method.Method + " " + request.RequestUri!.AbsolutePath + " failed after " + ElapsedMilliseconds(started) + " ms (attempt " + context.Attempt + "): " + ex.GetType().Name));
                }

                throw;
            }

            if (reporting)
            {
                var requestId = ReplyClassifier.RequestId(response);
                sink.Report(new IdcEvent(
                    IdcEventLevel.Verbose,
                    request.Method.Method + " " + request.RequestUri!.AbsolutePath + " -> " + (int)response.StatusCode + " in " + ElapsedMilliseconds(started) + " ms" +
                    (requestId == null ? string.Empty : ", request id " + requestId) + " (attempt " + context.Attempt + ")"));
            }

            return response;
        }

        private static bool Wants(IIdcEventSink sink, IdcEventLevel level) =>
            !(sink is NullEventSink) && (!(sink is IIdcEventFilter filter) || filter.Wants(level));

        // A timestamp instead of a Stopwatch object: one allocation fewer per request.
        private static long ElapsedMilliseconds(long started) => (Stopwatch.GetTimestamp() - started) * 1000 / Stopwatch.Frequency;

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
