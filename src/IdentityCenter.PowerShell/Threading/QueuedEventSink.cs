using System;
using System.Collections.Concurrent;
using System.Threading;
using IdentityCenter.Core.Diagnostics;

namespace IdentityCenter.PowerShell.Threading
{
    /// <summary>
    /// Takes events from whatever thread the core reports them on and holds them until the pipeline thread drains
    /// them: PowerShell's streams may be written only from that thread.
    /// </summary>
    internal sealed class QueuedEventSink : IIdcEventSink, IIdcEventFilter, IDisposable
    {
        private readonly ConcurrentQueue<IdcEvent> queue = new ConcurrentQueue<IdcEvent>();
        private readonly AutoResetEvent arrived = new AutoResetEvent(false);

        /// <summary>Signalled after an event is queued, so a waiting pump wakes up to write it.</summary>
        public WaitHandle Arrived => arrived;

        public int Count => queue.Count;

        /// <summary>False when the command's verbose stream goes nowhere (no -Verbose, $VerbosePreference SilentlyContinue).</summary>
        public bool ShowsVerbose { get; set; } = true;

        /// <summary>False when the command's debug stream goes nowhere.</summary>
        public bool ShowsDebug { get; set; } = true;

        public bool Wants(IdcEventLevel level) =>
            level == IdcEventLevel.Verbose ? ShowsVerbose : level == IdcEventLevel.Debug ? ShowsDebug : true;

        public void Report(IdcEvent value)
        {
            // A retry after a 429 is kept whatever the level: the command paces its requests by it.
            if (value == null || (!Wants(value.Level) && value.RetriedAfter == null))
            {
                return;
            }

            queue.Enqueue(value);
            try
            {
                arrived.Set();
            }
            catch (ObjectDisposedException)
            {
                // A request abandoned by Ctrl+C may report after the command ended; nobody is left to wake.
            }
        }

        public bool TryTake(out IdcEvent value)
        {
            if (queue.TryDequeue(out var taken))
            {
                value = taken;
                return true;
            }

            value = null!;
            return false;
        }

        public void Dispose() => arrived.Dispose();
    }
}
