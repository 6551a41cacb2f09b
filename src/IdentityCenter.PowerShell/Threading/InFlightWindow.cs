using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Errors;

namespace IdentityCenter.PowerShell.Threading
{
    /// <summary>
    /// Keeps up to <see cref="ConcurrencyLimiter.Limit"/> core calls of one command in flight and hands each back, in
    /// the order the calls were submitted, to the thread that submitted it, writing the calls' queued events on that
    /// thread as they arrive. Every member is for that one thread; only the calls themselves run elsewhere.
    /// </summary>
    /// <remarks>
    /// Calls that share a key (the same resource) never overlap, so two changes to one resource take effect in input
    /// order as they would one at a time. Results that finish early wait for those before them; at most
    /// <see cref="MaxQueuedPerSlot"/> times the ceiling are held, so one slow call bounds the memory the rest use.
    /// </remarks>
    internal sealed class InFlightWindow : IDisposable
    {
        public const int MaxQueuedPerSlot = 4;

        /// <summary>How long a stop waits for the cancelled calls to end, so none is left running after the command.</summary>
        public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(2);

        private readonly QueuedEventSink events;
        private readonly EventCallbacks callbacks;
        private readonly ConcurrencyLimiter limiter;
        private readonly CancellationTokenSource cancel;
        private readonly AutoResetEvent finished = new AutoResetEvent(false);
        private readonly WaitHandle[] wakeUps;
        private readonly Action signalFinished;
        private readonly List<Entry> entries = new List<Entry>();
        private int head;
        private int running;
        private bool disposed;

        public InFlightWindow(QueuedEventSink events, EventCallbacks callbacks, ConcurrencyLimiter limiter, CancellationToken stopping)
        {
            this.events = events ?? throw new ArgumentNullException(nameof(events));
            this.callbacks = callbacks ?? throw new ArgumentNullException(nameof(callbacks));
            this.limiter = limiter ?? throw new ArgumentNullException(nameof(limiter));
            cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            wakeUps = new[] { finished, events.Arrived, cancel.Token.WaitHandle };
            signalFinished = SignalFinished;
        }

        /// <summary>Calls submitted and not yet handed back.</summary>
        public int Pending => entries.Count - head;

        /// <summary>Calls started and not yet finished.</summary>
        public int Running => running;

        /// <summary>
        /// Hands back every call that finished in order, waits while the window is full or a call of the same key runs,
        /// then starts this call. <paramref name="complete"/> runs later on this thread with the finished task, from
        /// this method, a later <see cref="Submit{T}"/> or <see cref="Drain"/>; when it throws, the rest is cancelled.
        /// </summary>
        /// <exception cref="OperationCanceledException">The command is stopping; the calls in flight were cancelled.</exception>
        public void Submit<T>(string? key, Func<CancellationToken, Task<T>> start, Action<Task<T>> complete)
        {
            if (start == null)
            {
                throw new ArgumentNullException(nameof(start));
            }

            if (complete == null)
            {
                throw new ArgumentNullException(nameof(complete));
            }

            HandBack();
            while (running >= limiter.Limit || Pending >= limiter.Ceiling * MaxQueuedPerSlot || (key != null && IsRunning(key)))
            {
                WaitOnce();
                HandBack();
            }

            cancel.Token.ThrowIfCancellationRequested();
            Task<T> task;
            try
            {
                task = start(cancel.Token);
            }
            catch (Exception ex)
            {
                // A call that throws before its first await is handed back like one that fails later.
                task = Task.FromException<T>(ex);
            }

            var entry = new Entry<T>(task, key, limiter.Started(), complete);
            entries.Add(entry);
            running++;
            if (task.IsCompleted)
            {
                Account(entry);
            }
            else
            {
                task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(signalFinished);
            }
        }

        /// <summary>Waits for every submitted call and hands each back in order.</summary>
        /// <exception cref="OperationCanceledException">The command is stopping; the calls in flight were cancelled.</exception>
        public void Drain()
        {
            HandBack();
            while (Pending > 0)
            {
                WaitOnce();
                HandBack();
            }
        }

        /// <summary>Cancels what still runs and drops what was not handed back; nothing is written.</summary>
        public void Dispose()
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            Abandon();
            cancel.Dispose();
            finished.Dispose();
        }

        private void WaitOnce()
        {
            if (cancel.IsCancellationRequested)
            {
                Stop();
            }

            WaitHandle.WaitAny(wakeUps);
            if (cancel.IsCancellationRequested)
            {
                Stop();
            }
        }

        private void HandBack()
        {
            WriteEvents();
            if (running > 0)
            {
                for (var i = head; i < entries.Count; i++)
                {
                    if (!entries[i].Accounted && entries[i].Task.IsCompleted)
                    {
                        Account(entries[i]);
                    }
                }
            }

            while (head < entries.Count && entries[head].Accounted)
            {
                var entry = entries[head];
                entries[head] = null!;
                head++;
                try
                {
                    entry.Complete();
                }
                catch
                {
                    Abandon();
                    throw;
                }

                WriteEvents();
            }

            if (head == entries.Count)
            {
                entries.Clear();
                head = 0;
            }
        }

        private void Account(Entry entry)
        {
            entry.Accounted = true;
            running--;
            var throttled = entry.Task.IsFaulted && entry.Task.Exception!.InnerException is IdcServiceException failure && failure.Kind == ServiceErrorKind.Throttled;
            if (throttled)
            {
                ReportThrottled(null);
            }

            var before = limiter.Limit;
            if (limiter.Finished(entry.Sequence, entry.Task.Status == TaskStatus.RanToCompletion))
            {
                callbacks.Deliver(new IdcEvent(
                    IdcEventLevel.Verbose,
                    "No throttling for a while: up to " + limiter.Limit + " requests in flight (was " + before + ", at most " + limiter.Ceiling + ")."));
            }
        }

        private void WriteEvents()
        {
            while (events.TryTake(out var value))
            {
                callbacks.Deliver(value);
                if (value.RetriedAfter == ServiceErrorKind.Throttled)
                {
                    ReportThrottled(value.RetryAfter);
                }
            }
        }

        private void ReportThrottled(TimeSpan? retryAfter)
        {
            var before = limiter.Limit;
            if (limiter.Throttled(retryAfter))
            {
                callbacks.Deliver(new IdcEvent(
                    IdcEventLevel.Verbose,
                    "The service throttled a request: now up to " + limiter.Limit + " requests in flight (was " + before + "); more again once it stops throttling."));
            }
        }

        private bool IsRunning(string key)
        {
            for (var i = head; i < entries.Count; i++)
            {
                if (!entries[i].Accounted && string.Equals(entries[i].Key, key, StringComparison.Ordinal))
                {
                    if (entries[i].Task.IsCompleted)
                    {
                        Account(entries[i]);
                        continue;
                    }

                    return true;
                }
            }

            return false;
        }

        /// <summary>Ctrl+C: the calls were cancelled with the token; give them a moment to end, then leave.</summary>
        private void Stop()
        {
            var waited = Stopwatch.StartNew();
            while (RunningTasksRemain() && waited.Elapsed < StopGrace)
            {
                finished.WaitOne(StopGrace - waited.Elapsed);
            }

            Abandon();
            throw new OperationCanceledException(cancel.Token);
        }

        private bool RunningTasksRemain()
        {
            for (var i = head; i < entries.Count; i++)
            {
                if (!entries[i].Task.IsCompleted)
                {
                    return true;
                }
            }

            return false;
        }

        private void Abandon()
        {
            try
            {
                cancel.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Disposed already: nothing runs under it any more.
            }

            for (var i = head; i < entries.Count; i++)
            {
                Observe(entries[i].Task);
            }

            entries.Clear();
            head = 0;
            running = 0;
        }

        private void SignalFinished()
        {
            try
            {
                finished.Set();
            }
            catch (ObjectDisposedException)
            {
                // A call abandoned by a stop ended after the command did; nobody waits for it.
            }
        }

        // An abandoned call may still fail; observing its exception keeps it from surfacing later as unobserved.
        private static void Observe(Task task)
        {
            if (task.IsCompleted)
            {
                _ = task.Exception;
                return;
            }

            task.ContinueWith(
                t => _ = t.Exception,
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        private abstract class Entry
        {
            protected Entry(Task task, string? key, long sequence)
            {
                Task = task;
                Key = key;
                Sequence = sequence;
            }

            public Task Task { get; }

            public string? Key { get; }

            public long Sequence { get; }

            /// <summary>Its end was counted: it no longer holds a place in flight.</summary>
            public bool Accounted { get; set; }

            public abstract void Complete();
        }

        private sealed class Entry<T> : Entry
        {
            private readonly Action<Task<T>> complete;

            public Entry(Task<T> task, string? key, long sequence, Action<Task<T>> complete)
                : base(task, key, sequence)
            {
                this.complete = complete;
            }

            public override void Complete() => complete((Task<T>)Task);
        }
    }
}
