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
        private static readonly double TicksPerTimestamp = (double)TimeSpan.TicksPerSecond / Stopwatch.Frequency;

        // Timestamps rather than a Stopwatch object: one allocation fewer per call.
        private long runningSince = Stopwatch.GetTimestamp();
        private long elapsedBeforePause;
        private bool paused;

        public CallDeadline(TimeSpan limit)
        {
            Limit = limit;
        }

        public TimeSpan Limit { get; }

        public TimeSpan Remaining
        {
            get
            {
                var ticks = elapsedBeforePause + (paused ? 0 : Stopwatch.GetTimestamp() - runningSince);
                var left = Limit - TimeSpan.FromTicks((long)(ticks * TicksPerTimestamp));
                return left > TimeSpan.Zero ? left : TimeSpan.Zero;
            }
        }

        /// <summary>
        /// Stops the clock while the caller, not the operation, has the time: a listing handed out a page at a time
        /// should not run out because the pipeline took long over the previous page.
        /// </summary>
        public void Pause()
        {
            if (!paused)
            {
                elapsedBeforePause += Stopwatch.GetTimestamp() - runningSince;
                paused = true;
            }
        }

        public void Resume()
        {
            if (paused)
            {
                runningSince = Stopwatch.GetTimestamp();
                paused = false;
            }
        }
    }
}
