using System;
using System.Diagnostics;

namespace IdentityCenter.PowerShell.Threading
{
    /// <summary>
    /// How many requests of one command may be in flight: the ceiling the user gave (-ThrottleLimit) until the service
    /// throttles, then half as many (multiplicative decrease), growing back by one per round of successes
    /// (additive increase) once the service's Retry-After, or a second without one, has passed.
    /// </summary>
    /// <remarks>
    /// A cut counts once per round trip: the requests already in flight when the service throttled were sent at the
    /// old rate and may still report 429s, and halving again for each would collapse the window to one for a single
    /// burst. So after a cut, throttling is ignored until an item started after the cut has finished.
    /// </remarks>
    internal sealed class ConcurrencyLimiter
    {
        /// <summary>The highest -ThrottleLimit: beyond this a single client only queues inside the HTTP stack.</summary>
        public const int MaxCeiling = 64;

        /// <summary>How long growth waits after a 429 that names no Retry-After.</summary>
        public static readonly TimeSpan DefaultHold = TimeSpan.FromSeconds(1);

        private readonly Func<TimeSpan> clock;
        private int limit;
        private int successesAtLimit;
        private long started;
        private long lastStartedBeforeCut = -1;
        private bool roundPassedSinceCut = true;
        private TimeSpan growAfter = TimeSpan.MinValue;

        /// <param name="ceiling">The most requests ever in flight, from 1 to <see cref="MaxCeiling"/>.</param>
        /// <param name="clock">A monotonic clock; tests drive it by hand.</param>
        public ConcurrencyLimiter(int ceiling, Func<TimeSpan> clock)
        {
            if (ceiling < 1 || ceiling > MaxCeiling)
            {
                throw new ArgumentOutOfRangeException(nameof(ceiling), ceiling, "The ceiling must be from 1 to " + MaxCeiling + ".");
            }

            Ceiling = ceiling;
            limit = ceiling;
            this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
        }

        public int Ceiling { get; }

        /// <summary>The process's monotonic clock, the one commands pace by.</summary>
        public static TimeSpan MonotonicNow() => TimeSpan.FromSeconds(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency);

        /// <summary>How many requests may be in flight now.</summary>
        public int Limit => limit;

        /// <summary>Records that an item is sent; the number it returns is handed back to <see cref="Finished"/>.</summary>
        public long Started() => ++started;

        /// <summary>
        /// The service throttled a request (a 429 retried or final). Returns true when this lowered <see cref="Limit"/>.
        /// </summary>
        public bool Throttled(TimeSpan? retryAfter)
        {
            var hold = clock() + (retryAfter.HasValue && retryAfter.Value > TimeSpan.Zero ? retryAfter.Value : DefaultHold);
            if (hold > growAfter)
            {
                growAfter = hold;
            }

            if (!roundPassedSinceCut)
            {
                return false;
            }

            var before = limit;
            limit = Math.Max(1, limit / 2);
            successesAtLimit = 0;
            roundPassedSinceCut = false;
            lastStartedBeforeCut = started;
            return limit < before;
        }

        /// <summary>
        /// An item ended, throttled or not (a throttled one was reported to <see cref="Throttled"/> first). Returns true
        /// when this raised <see cref="Limit"/>.
        /// </summary>
        public bool Finished(long sequence, bool succeeded)
        {
            if (sequence > lastStartedBeforeCut)
            {
                roundPassedSinceCut = true;
            }

            if (!succeeded || limit >= Ceiling || clock() < growAfter)
            {
                return false;
            }

            // One more in flight for each full window of successes: +1 per round trip, as TCP grows.
            if (++successesAtLimit < limit)
            {
                return false;
            }

            successesAtLimit = 0;
            limit++;
            return true;
        }
    }
}
