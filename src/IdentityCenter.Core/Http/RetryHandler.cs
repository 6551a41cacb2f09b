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
    /// Retry-After, within a per-attempt limit and the operation's total time limit. Each attempt goes back through the
    /// signing handler. It hands on a success reply; every failure leaves it as an exception that carries, when an
    /// attempt of a change may have reached the service unseen, an <see cref="OutcomeUnknown"/>.
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

            // A read changes nothing, so its outcome is never in doubt.
            var changes = request.Method != HttpMethod.Get;
            var unknown = new OutcomeRecorder();
            for (var attempt = 1; ; attempt++)
            {
                // One timer per attempt: the attempt's own limit, or what is left of the total when that is sooner.
                var remaining = context.Deadline.Remaining;
                if (remaining <= TimeSpan.Zero)
                {
                    throw TotalLimit(context, null, unknown.Result());
                }

                var endsTheTotal = remaining <= policy.AttemptTimeout;
                context.Attempt = attempt;
                TimeSpan? serverWait = null;
                ServiceErrorKind? retriedAfter = null;
                string reason;
                var sent = context.Clock();
                using (var perAttempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    perAttempt.CancelAfter(endsTheTotal ? remaining : policy.AttemptTimeout);
                    try
                    {
                        var response = await base.SendAsync(request, perAttempt.Token).ConfigureAwait(false);
                        var failure = ReplyClassifier.Failure(response, context.Secrets);
                        if (failure == null)
                        {
                            return response;
                        }

                        using (response)
                        {
                            var status = (int)response.StatusCode;
                            if (!RetryDecision.IsRetryable(failure) || attempt >= maxAttempts)
                            {
                                throw failure.WithOutcomeUnknown(unknown.Result());
                            }

                            if (changes && RetryDecision.MayHaveBeenApplied(status))
                            {
                                unknown.Add(attempt, "HTTP " + status + " after the request reached the service", sent, context.Clock());
                            }

                            serverWait = RetryDecision.RetryAfter(response, context.Clock());
                            retriedAfter = failure.Kind;
                            reason = "HTTP " + status;
                        }
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        throw;
                    }
                    catch (OperationCanceledException ex) when (endsTheTotal && perAttempt.IsCancellationRequested)
                    {
                        if (changes)
                        {
                            unknown.Add(attempt, "no reply before the total time limit", sent, context.Clock());
                        }

                        throw TotalLimit(context, ex, unknown.Result());
                    }
                    catch (IdcTransportException unreadable) when (changes)
                    {
                        // The reply came but could not be read (too large, cut short): the change may well have been made.
                        unknown.Add(attempt, "a reply that could not be read", sent, context.Clock());
                        throw unreadable.WithOutcomeUnknown(unknown.Result());
                    }
                    catch (Exception ex) when (IsTransient(ex))
                    {
                        var permanent = TransportFailure.Permanent(ex);
                        if (permanent != null)
                        {
                            throw new IdcTransportException(
                                "The connection to " + Authority(request) + " failed: " + permanent + "; this is not retried, since another attempt would fail the same way.",
                                ex,
                                unknown.Result(),
                                permanent: true);
                        }

                        var timedOut = ex is OperationCanceledException;
                        if (changes && !TransportFailure.NeverSent(ex))
                        {
                            unknown.Add(attempt, timedOut ? "no reply within the attempt time limit" : "the connection failed without a reply", sent, context.Clock());
                        }

                        if (attempt >= maxAttempts)
                        {
                            throw new IdcTransportException(
                                timedOut
                                    ? "No reply within the attempt time limit of " + RetryDecision.Describe(policy.AttemptTimeout) + " after " + attempt + " attempt(s)."
                                    : "The connection to " + Authority(request) + " failed after " + attempt + " attempt(s): " + TransportFailure.Cause(ex) + ".",
                                ex,
                                unknown.Result());
                        }

                        reason = timedOut ? "no reply within " + RetryDecision.Describe(policy.AttemptTimeout) : "connection failure (" + ex.GetType().Name + ")";
                    }
                }

                var delay = RetryDecision.Backoff(policy, attempt, Random);
                if (serverWait.HasValue)
                {
                    delay = serverWait.Value > policy.MaxRetryAfter ? policy.MaxRetryAfter : serverWait.Value;
                }

                var announcement = "Retrying " + request.Method.Method + " " + request.RequestUri!.AbsolutePath + " after " + reason + ": attempt " + (attempt + 1) + " of " + maxAttempts +
                    " in " + RetryDecision.Describe(delay) + (serverWait.HasValue ? " (Retry-After)" : string.Empty) + ".";
                context.Sink.Report(retriedAfter.HasValue
                    ? new IdcEvent(IdcEventLevel.Verbose, announcement, retriedAfter.Value, serverWait)
                    : new IdcEvent(IdcEventLevel.Verbose, announcement));
                // A wait that would outlast the total limit lasts until the limit, and the call then fails with it.
                var left = context.Deadline.Remaining;
                await Task.Delay(delay < left ? delay : left, cancellationToken).ConfigureAwait(false);
                if (delay >= left)
                {
                    throw TotalLimit(context, null, unknown.Result());
                }
            }
        }

        private static IdcTransportException TotalLimit(RequestContext context, Exception? inner, OutcomeUnknown? outcome = null) =>
            new IdcTransportException("The call did not finish within its total time limit of " + RetryDecision.Describe(context.Deadline.Limit) + ".", inner, outcome);

        private static string Authority(HttpRequestMessage request) => request.RequestUri!.GetLeftPart(UriPartial.Authority);

        private static bool IsTransient(Exception ex) =>
            ex is HttpRequestException || ex is IOException || ex is OperationCanceledException;
    }
}
