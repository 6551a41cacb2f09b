using System;
using System.Threading;
using System.Threading.Tasks;

namespace IdentityCenter.PowerShell.Threading
{
    /// <summary>
    /// Waits for a core call on the thread that started it, writing the call's queued events from that same thread as
    /// they arrive, then returns the call's result or throws its exception as the call threw it.
    /// </summary>
    internal sealed class TaskPump
    {
        private readonly QueuedEventSink events;
        private readonly EventCallbacks callbacks;

        public TaskPump(QueuedEventSink events, EventCallbacks callbacks)
        {
            this.events = events ?? throw new ArgumentNullException(nameof(events));
            this.callbacks = callbacks ?? throw new ArgumentNullException(nameof(callbacks));
        }

        /// <exception cref="OperationCanceledException">
        /// The token was cancelled. The pump does not wait for the call to notice: Ctrl+C must stop the command at once.
        /// </exception>
        public T Run<T>(Func<CancellationToken, Task<T>> start, CancellationToken cancellationToken)
        {
            if (start == null)
            {
                throw new ArgumentNullException(nameof(start));
            }

            Drain();
            cancellationToken.ThrowIfCancellationRequested();
            var task = start(cancellationToken);
            try
            {
                WaitWhileDraining(task, cancellationToken);
            }
            catch (Exception) when (!task.IsCompleted)
            {
                // Cancelled, or a callback threw (the pipeline is stopping, -WarningAction Stop): the call runs on alone.
                Abandon(task);
                throw;
            }

            Drain();

            // GetResult rethrows the call's own exception, not an AggregateException around it.
            return task.GetAwaiter().GetResult();
        }

        private void WaitWhileDraining(Task task, CancellationToken cancellationToken)
        {
            var wakeUps = new[] { ((IAsyncResult)task).AsyncWaitHandle, events.Arrived, cancellationToken.WaitHandle };
            while (!task.IsCompleted)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    Drain();
                    throw new OperationCanceledException(cancellationToken);
                }

                WaitHandle.WaitAny(wakeUps);
                Drain();
            }
        }

        private void Drain()
        {
            while (events.TryTake(out var value))
            {
                callbacks.Deliver(value);
            }
        }

        // An abandoned call may still fail; observing its exception keeps it from surfacing later as unobserved.
        private static void Abandon(Task task) =>
            task.ContinueWith(
                t => _ = t.Exception,
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
    }
}
