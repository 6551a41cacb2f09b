using System;
using System.Globalization;
using System.Net.Http;
using IdentityCenter.Core.Errors;

namespace IdentityCenter.Core.Http
{
    /// <summary>Which failures are worth another attempt, and how long to wait before it.</summary>
    internal static class RetryDecision
    {
        /// <summary>Throttling, a concurrent change in progress and a failing server pass; anything else would fail again.</summary>
        public static bool IsRetryable(IdcServiceException failure) =>
            failure.Kind == ServiceErrorKind.Throttled || failure.Kind == ServiceErrorKind.ConcurrentChange || failure.Kind == ServiceErrorKind.ServerError;

        /// <summary>A 5xx may have been answered after the change was made; a 429 or gateway refusal was not.</summary>
        public static bool MayHaveBeenApplied(int status) => status >= 500;

        /// <summary>Full jitter: a random delay between zero and the doubled ceiling, never above the cap.</summary>
        public static TimeSpan Backoff(RetryPolicy policy, int failedAttempt, Random random)
        {
            var ceilingMs = Math.Min(policy.MaxDelay.TotalMilliseconds, policy.BaseDelay.TotalMilliseconds * Math.Pow(2, failedAttempt - 1));
            return TimeSpan.FromMilliseconds(random.NextDouble() * ceilingMs);
        }

        /// <summary>Reads Retry-After as seconds or an HTTP date; null when absent or unreadable.</summary>
        public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
        {
            var header = response.Headers.RetryAfter;
            if (header == null)
            {
                return null;
            }

            if (header.Delta.HasValue)
            {
                return header.Delta.Value;
            }

            if (header.Date.HasValue)
            {
                var wait = header.Date.Value - now;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }

            return null;
        }

        public static string Describe(TimeSpan delay) =>
            delay.TotalSeconds >= 1
                ? delay.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s"
                : ((int)delay.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + " ms";
    }
}
