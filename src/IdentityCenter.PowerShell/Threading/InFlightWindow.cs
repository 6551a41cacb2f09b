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
    /// thread as they arrive. Every public member is for that one thread; the calls run elsewhere.
    /// </summary>
    /// <remarks>
    /// A call submitted while the window is full waits in line, and the call that ends next starts it from the thread
    /// it ended on: the pipeline thread is not woken between one answer and the next request, and reads and checks
    /// the next items while requests are on the wire. Only a success starts the next call so; after a failure the next
    /// call starts once the pipeline thread has handed the failure back, so an error that stops the command (say
    /// -ErrorAction Stop) stops it before anything after the failed item is sent.
    /// Calls that share a key (the same resource) never overlap, and calls start in the order they were submitted, so
    /// two changes to one resource take effect in input order as they would one at a time. At most
    /// <see cref="MaxQueuedPerSlot"/> times the ceiling are held, waiting or finished and not yet handed back, so one
    /// slow call bounds the memory the rest use.
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
        private readonly CancellationToken callToken;
        private readonly AutoResetEvent finished = new AutoResetEvent(false);
        private readonly WaitHandle[] wakeUps;

        // The submitting thread's own: every call in submission order, until it is handed back.
        private readonly List<Entry> entries = new List<Entry>();
        private int head;
        private bool disposed;

        // Shared with the threads calls end on, under the gate; the limiter is kept under it too.
        private readonly object gate = new object();
        private readonly Queue<Entry> waiting = new Queue<Entry>();
        private readonly List<string> runningKeys = new List<string>();
        private int running;
        private bool abandoned;

        public InFlightWindow(QueuedEventSink events, EventCallbacks callbacks, ConcurrencyLimiter limiter, CancellationToken stopping)
        {
            this.events = events ?? throw new ArgumentNullException(nameof(events));
            this.callbacks = callbacks ?? throw new ArgumentNullException(nameof(callbacks));
            this.limiter = limiter ?? throw new ArgumentNullException(nameof(limiter));
            cancel = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            callToken = cancel.Token;
            wakeUps = new[] { finished, events.Arrived, callToken.WaitHandle };
        }

        /// <summary>Calls submitted and not yet handed back.</summary>
        public int Pending => entries.Count - head;

        /// <summary>Calls started and not yet finished.</summary>
        public int Running
        {
            get
            {
                lock (gate)
                {
                    return running;
                }
            }
        }

        /// <summary>
        /// Hands back every call that finished in order, waits while the window holds as many calls as it may, then
        /// starts this call, or puts it in line when as many run as may or a call of the same key runs.
        /// <paramref name="complete"/> runs later on this thread with the finished task, from this method, a later
        /// <see cref="Submit{T}"/> or <see cref="Drain"/>; when it throws, the rest is cancelled and nothing in line starts.
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
            while (Pending >= limiter.Ceiling * MaxQueuedPerSlot)
            {
                WaitOnce();
                HandBack();
            }

            callToken.ThrowIfCancellationRequested();
            var entry = new Entry<T>(this, key, start, complete);
            entries.Add(entry);
            lock (gate)
            {
                waiting.Enqueue(entry);
            }

            StartWaiting(afterSuccess: false);
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
            if (callToken.IsCancellationRequested)
            {
                Stop();
            }

            WaitHandle.WaitAny(wakeUps);
            if (callToken.IsCancellationRequested)
            {
                Stop();
            }
        }

        private void HandBack()
        {
            WriteEvents();
            while (head < entries.Count && entries[head].IsFinished)
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

            // What a failure held back starts now that the failure is written.
            StartWaiting(afterSuccess: false);
        }

        /// <summary>Starts the calls in line, in order, while there is room and the first one's key is free.</summary>
        /// <param name="afterSuccess">
        /// Called from the thread a successful call ended on: a call that fails as it starts ends the run, and the next
        /// waits for the pipeline thread, as after any failure.
        /// </param>
        private void StartWaiting(bool afterSuccess)
        {
            while (true)
            {
                Entry next;
                lock (gate)
                {
                    if (abandoned || callToken.IsCancellationRequested || waiting.Count == 0 || running >= limiter.Limit)
                    {
                        return;
                    }

                    next = waiting.Peek();
                    if (next.Key != null && runningKeys.Contains(next.Key))
                    {
                        return;
                    }

                    waiting.Dequeue();
                    running++;
                    if (next.Key != null)
                    {
                        runningKeys.Add(next.Key);
                    }

                    next.Sequence = limiter.Started();
                }

                if (!Launch(next) && afterSuccess)
                {
                    return;
                }
            }
        }

        /// <returns>False when the call ended at once in failure.</returns>
        private bool Launch(Entry entry)
        {
            var task = entry.Start(callToken);
            if (task.IsCompleted)
            {
                Finish(entry);

                // Started from the thread a call ended on, the pipeline thread may be waiting for this one.
                SignalFinished();
                return task.Status == TaskStatus.RanToCompletion;
            }

            task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(entry.Ended);
            return true;
        }

        /// <summary>On the thread the call ended on.</summary>
        private void OnEnded(Entry entry)
        {
            Finish(entry);
            SignalFinished();
            if (entry.Task!.Status == TaskStatus.RanToCompletion)
            {
                StartWaiting(afterSuccess: true);
            }
        }

        private void Finish(Entry entry)
        {
            var task = entry.Task!;
            var succeeded = task.Status == TaskStatus.RanToCompletion;
            var throttled = task.IsFaulted && task.Exception!.InnerException is IdcServiceException failure && failure.Kind == ServiceErrorKind.Throttled;
            IdcEvent? news = null;
            lock (gate)
            {
                running--;
                if (entry.Key != null)
                {
                    runningKeys.Remove(entry.Key);
                }

                if (throttled)
                {
                    news = Throttled(null);
                }

                var before = limiter.Limit;
                if (limiter.Finished(entry.Sequence, succeeded))
                {
                    news = new IdcEvent(
                        IdcEventLevel.Verbose,
                        "No throttling for a while: up to " + limiter.Limit + " requests in flight (was " + before + ", at most " + limiter.Ceiling + ").");
                }

                entry.MarkFinished();
            }

            if (abandoned)
            {
                Observe(task);
            }

            if (news != null)
            {
                // Written on the pipeline thread with the calls' own lines.
                events.Report(news);
            }
        }

        private void WriteEvents()
        {
            while (events.TryTake(out var value))
            {
                callbacks.Deliver(value);
                if (value.RetriedAfter == ServiceErrorKind.Throttled)
                {
                    IdcEvent? news;
                    lock (gate)
                    {
                        news = Throttled(value.RetryAfter);
                    }

                    if (news != null)
                    {
                        callbacks.Deliver(news);
                    }
                }
            }
        }

        /// <summary>Under the gate: the limiter's cut, and the line that tells of it.</summary>
        private IdcEvent? Throttled(TimeSpan? retryAfter)
        {
            var before = limiter.Limit;
            return limiter.Throttled(retryAfter)
                ? new IdcEvent(
                    IdcEventLevel.Verbose,
                    "The service throttled a request: now up to " + limiter.Limit + " requests in flight (was " + before + "); more again once it stops throttling.")
                : null;
        }

        /// <summary>Ctrl+C: the calls were cancelled with the token; give them a moment to end, then leave.</summary>
        private void Stop()
        {
            lock (gate)
            {
                // Nothing in line starts once the command is stopping.
                waiting.Clear();
            }

            var waited = Stopwatch.StartNew();
            while (Running > 0 && waited.Elapsed < StopGrace)
            {
                finished.WaitOne(StopGrace - waited.Elapsed);
            }

            Abandon();
            throw new OperationCanceledException(callToken);
        }

        private void Abandon()
        {
            lock (gate)
            {
                abandoned = true;
                waiting.Clear();
            }

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
                var task = entries[i].Task;
                if (task != null)
                {
                    Observe(task);
                }
            }

            entries.Clear();
            head = 0;
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
            private volatile bool isFinished;

            protected Entry(InFlightWindow window, string? key)
            {
                Key = key;
                Ended = () => window.OnEnded(this);
            }

            public string? Key { get; }

            /// <summary>Set once it starts; null while it waits in line.</summary>
            public Task? Task { get; protected set; }

            /// <summary>The limiter's number for it, given as it starts.</summary>
            public long Sequence { get; set; }

            /// <summary>Its end was counted: it no longer holds a place in flight and can be handed back.</summary>
            public bool IsFinished => isFinished;

            /// <summary>What its task runs when it ends, made once with the entry.</summary>
            public Action Ended { get; }

            public void MarkFinished() => isFinished = true;

            /// <summary>Starts the call; one that throws before its first await becomes a failed task like one that fails later.</summary>
            public abstract Task Start(CancellationToken token);

            public abstract void Complete();
        }

        private sealed class Entry<T> : Entry
        {
            private readonly Func<CancellationToken, Task<T>> start;
            private readonly Action<Task<T>> complete;

            public Entry(InFlightWindow window, string? key, Func<CancellationToken, Task<T>> start, Action<Task<T>> complete)
                : base(window, key)
            {
                this.start = start;
                this.complete = complete;
            }

            public override Task Start(CancellationToken token)
            {
                Task<T> task;
                try
                {
                    task = start(token);
                }
                catch (Exception ex)
                {
                    task = System.Threading.Tasks.Task.FromException<T>(ex);
                }

                Task = task;
                return task;
            }

            public override void Complete() => complete((Task<T>)Task!);
        }
    }
}
