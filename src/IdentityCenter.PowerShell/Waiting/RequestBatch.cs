using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Waiting;
using IdentityCenter.PowerShell.Commands;

namespace IdentityCenter.PowerShell.Waiting
{
    /// <summary>One pipeline item of an asynchronous command: its send, then (with -Wait) its place in the wait.</summary>
    internal sealed class BatchItem
    {
        public BatchItem(ItemOperation operation, Task<AsyncRequestStatus> send)
        {
            Operation = operation;
            Send = send;
        }

        public ItemOperation Operation { get; }

        public Task<AsyncRequestStatus> Send { get; }

        public WaitEntry? Entry { get; set; }

        /// <summary>Why the send failed: the call's own exception, not the task's AggregateException.</summary>
        public Exception? SendFailure => Send.IsFaulted ? Send.Exception!.GetBaseException() : Send.IsCanceled ? new OperationCanceledException() : null;

        public bool IsSent => Send.IsCompleted;
    }

    /// <summary>
    /// The items of one command invocation in input order: sends run a few at a time, and results are handed out in
    /// the order the items came, each once it is ready (sent, and with -Wait also settled).
    /// </summary>
    internal sealed class RequestBatch
    {
        private readonly List<BatchItem> items = new List<BatchItem>();
        private int written;

        public IReadOnlyList<BatchItem> Items => items;

        public int InFlight => items.Count(i => !i.IsSent);

        /// <summary>The earliest send still running; null when all are done.</summary>
        public BatchItem? OldestInFlight => items.FirstOrDefault(i => !i.IsSent);

        public BatchItem Add(ItemOperation operation, Task<AsyncRequestStatus> send)
        {
            var item = new BatchItem(operation, send ?? throw new ArgumentNullException(nameof(send)));
            items.Add(item);
            return item;
        }

        /// <summary>Hands every accepted request not yet followed to the waiter.</summary>
        public void Follow(RequestWaiter waiter)
        {
            foreach (var item in items.Where(i => i.Entry == null && i.IsSent && i.SendFailure == null))
            {
                item.Entry = waiter.Add(item.Send.Result);
            }
        }

        /// <summary>The items, from the first not yet handed out, that are ready, stopping at the first that is not.</summary>
        public IReadOnlyList<BatchItem> TakeReady(bool waiting)
        {
            var ready = new List<BatchItem>();
            while (written < items.Count && IsReady(items[written], waiting))
            {
                ready.Add(items[written]);
                written++;
            }

            return ready;
        }

        /// <summary>Requests accepted but not settled, in input order.</summary>
        public IReadOnlyList<AsyncRequestStatus> InProgress() =>
            items.Where(i => i.Entry != null && !i.Entry.IsSettled).Select(i => i.Entry!.Status).ToList();

        /// <summary>Items sent whose reply has not come, in input order.</summary>
        public IReadOnlyList<string> Unanswered() =>
            items.Where(i => !i.IsSent).Select(i => i.Operation.ToString()).ToList();

        private static bool IsReady(BatchItem item, bool waiting) =>
            item.IsSent && (!waiting || item.SendFailure != null || (item.Entry != null && item.Entry.IsSettled));
    }
}
