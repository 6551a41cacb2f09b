using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Errors;

namespace IdentityCenter.Core.Http
{
    /// <summary>
    /// Retries throttling, server errors and dropped connections with jittered exponential backoff, honouring
    /// Retry-After, within a per-attempt and a total time limit. Each attempt goes back through the signing handler.
    /// </summary>
    internal sealed class RetryHandler : DelegatingHandler
    {
        [ThreadStatic]
        private static Random? random;

        private static Random Random => random ??= new Random(Guid.NewGuid().GetHashCode());

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var context = RequestContext.From(request);
            var policy = context.Retry;
            var maxAttempts = Math.Max(1, policy.MaxAttempts);
            using var total = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            total.CancelAfter(policy.TotalTimeout);
            for (var attempt = 1; ; attempt++)
            {
                context.Attempt = attempt;
                TimeSpan? serverWait = null;
                string reason;
                using (var perAttempt = CancellationTokenSource.CreateLinkedTokenSource(total.Token))
                {
                    perAttempt.CancelAfter(policy.AttemptTimeout);
                    try
                    {
                        var response = await base.SendAsync(request, perAttempt.Token).ConfigureAwait(false);
                        var status = (int)response.StatusCode;
                        var body = BufferedReplyContent.Of(response);
                        if (!RetryDecision.IsRetryableStatus(status, body) || attempt >= maxAttempts)
                        {
                            return response;
                        }

                        context.OutcomeUnknown |= RetryDecision.MayHaveBeenApplied(status);
                        serverWait = RetryDecision.RetryAfter(response, context.Clock());
                        reason = "HTTP " + status;
                        response.Dispose();
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        throw;
                    }
                    catch (OperationCanceledException ex) when (total.IsCancellationRequested)
                    {
                        context.OutcomeUnknown = true;
                        throw new IdcTransportException("The call did not finish within its total time limit of " + RetryDecision.Describe(policy.TotalTimeout) + ".", ex);
                    }
                    catch (Exception ex) when (IsTransient(ex))
                    {
                        context.OutcomeUnknown = true;
                        var timedOut = ex is OperationCanceledException;
                        if (attempt >= maxAttempts)
                        {
                            throw new IdcTransportException(
                                timedOut
                                    ? "No reply within the attempt time limit of " + RetryDecision.Describe(policy.AttemptTimeout) + " after " + attempt + " attempt(s)."
                                    : "The connection to " + request.RequestUri!.GetLeftPart(UriPartial.Authority) + " failed after " + attempt + " attempt(s): " + ex.Message,
                                ex);
                        }

                        reason = timedOut ? "no reply within " + RetryDecision.Describe(policy.AttemptTimeout) : "connection failure (" + ex.GetType().Name + ")";
                    }
                }

                var delay = RetryDecision.Backoff(policy, attempt, Random);
                if (serverWait.HasValue)
                {
                    delay = serverWait.Value > policy.MaxRetryAfter ? policy.MaxRetryAfter : serverWait.Value;
                }

                context.Sink.Report(new IdcEvent(
                    IdcEventLevel.Verbose,
                    "Retrying " + request.Method.Method + " " + request.RequestUri!.AbsolutePath + " after " + reason + ": attempt " + (attempt + 1) + " of " + maxAttempts +
                    " in " + RetryDecision.Describe(delay) + (serverWait.HasValue ? " (Retry-After)" : string.Empty) + "."));
                try
                {
                    await Task.Delay(delay, total.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new IdcTransportException("The call did not finish within its total time limit of " + RetryDecision.Describe(policy.TotalTimeout) + ".");
                }
            }
        }

        private static bool IsTransient(Exception ex) =>
            ex is HttpRequestException || ex is IOException || ex is OperationCanceledException;
    }
}
