using System;
using System.Diagnostics;

namespace IdentityCenter.Core.Http
{
    /// <summary>
    /// The total time limit of one operation, shared by every request it makes: all pages of a listing, and a
    /// create's look-up after a lost reply, count against the one limit rather than each getting their own.
    /// </summary>
    internal sealed class CallDeadline
    {
        private readonly long started = Stopwatch.GetTimestamp();

        public CallDeadline(TimeSpan limit)
        {
            Limit = limit;
        }

        public TimeSpan Limit { get; }

        public TimeSpan Remaining
        {
            get
            {
                var elapsed = TimeSpan.FromTicks((long)((Stopwatch.GetTimestamp() - started) * ((double)TimeSpan.TicksPerSecond / Stopwatch.Frequency)));
                var left = Limit - elapsed;
                return left > TimeSpan.Zero ? left : TimeSpan.Zero;
            }
        }
    }
}
