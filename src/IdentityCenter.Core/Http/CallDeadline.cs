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
        private readonly Stopwatch elapsed = Stopwatch.StartNew();

        public CallDeadline(TimeSpan limit)
        {
            Limit = limit;
        }

        public TimeSpan Limit { get; }

        public TimeSpan Remaining
        {
            get
            {
                var left = Limit - elapsed.Elapsed;
                return left > TimeSpan.Zero ? left : TimeSpan.Zero;
            }
        }

        /// <summary>
        /// Stops the clock while the caller, not the operation, has the time: a listing handed out a page at a time
        /// should not run out because the pipeline took long over the previous page.
        /// </summary>
        public void Pause() => elapsed.Stop();

        public void Resume() => elapsed.Start();
    }
}
