using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Core.Waiting
{
    /// <summary>
    /// Waits for many asynchronous requests together: each is looked at on its own growing schedule, a few at a time, and
    /// the wait advances in rounds so a caller can report between them. The decisions are the <see cref="PollSchedule"/>'s.
    /// </summary>
    public sealed class RequestWaiter
    {
        public const int DefaultConcurrency = 4;

        private readonly PollSchedule schedule;
        private readonly Func<AsyncRequestStatus, CancellationToken, Task<AsyncRequestStatus>> refresh;
        private readonly int concurrency;
        private readonly Func<DateTimeOffset> clock;
        private readonly Func<TimeSpan, CancellationToken, Task> delay;
        private readonly List<WaitEntry> entries = new List<WaitEntry>();
        private DateTimeOffset? deadline;

        /// <param name="refresh">Reads a request's status again; see <see cref="IdentityCenterClient.RefreshStatusAsync"/>.</param>
        /// <param name="concurrency">How many looks may be in flight at once.</param>
        /// <param name="clock">The time now; the system clock when null.</param>
        /// <param name="delay">How a pause is waited; Task.Delay when null.</param>
        public RequestWaiter(
            PollSchedule schedule,
            Func<AsyncRequestStatus, CancellationToken, Task<AsyncRequestStatus>> refresh,
            int concurrency = DefaultConcurrency,
            Func<DateTimeOffset>? clock = null,
            Func<TimeSpan, CancellationToken, Task>? delay = null)
        {
            this.schedule = schedule ?? throw new ArgumentNullException(nameof(schedule));
            this.refresh = refresh ?? throw new ArgumentNullException(nameof(refresh));
            if (concurrency < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(concurrency), concurrency, "At least one look must be allowed at a time.");
            }

            this.concurrency = concurrency;
            this.clock = clock ?? (() => DateTimeOffset.UtcNow);
            this.delay = delay ?? Task.Delay;
        }

        /// <summary>The requests in the order they were added.</summary>
        public IReadOnlyList<WaitEntry> Entries => entries;

        public bool IsComplete => entries.All(e => e.IsSettled);

        public WaitCounts Counts => new WaitCounts(
            entries.Count,
            entries.Count(e => e.State == WaitState.Succeeded),
            entries.Count(e => e.State == WaitState.Failed || e.State == WaitState.Unreadable),
            entries.Count(e => e.State == WaitState.TimedOut));

        /// <summary>The deadline, set when the first round starts: the time limit counts from the start of the wait.</summary>
        public DateTimeOffset? Deadline => deadline;

        /// <summary>Follows a request from the status it was accepted with; one already final is settled at once.</summary>
        public WaitEntry Add(AsyncRequestStatus accepted)
        {
            if (accepted == null)
            {
                throw new ArgumentNullException(nameof(accepted));
            }

            var entry = new WaitEntry(entries.Count, accepted, clock() + schedule.DelayAfter(0)) { Timeout = schedule.Timeout };
            if (PollSchedule.IsFinal(accepted.Status))
            {
                entry.State = Settle(accepted.Status);
            }
            else if (string.IsNullOrEmpty(accepted.RequestId))
            {
                entry.State = WaitState.Unreadable;
                entry.Error = new IdcTransportException("The service accepted the request (" + accepted.Describe() + ") without a request id, so it cannot be followed.");
            }

            entries.Add(entry);
            return entry;
        }

        /// <summary>
        /// Pauses until a request is due (or the deadline), looks at up to the concurrency limit of the due ones at once,
        /// and returns what each look found. Past the deadline, after that last look, every request still in progress
        /// times out.
        /// </summary>
        /// <exception cref="OperationCanceledException">Cancelled: the requests not settled stay <see cref="WaitState.Waiting"/>.</exception>
        public async Task<WaitRound> NextRoundAsync(CancellationToken cancellationToken = default)
        {
            var reports = new List<PollReport>();
            if (IsComplete)
            {
                return new WaitRound(reports, Counts);
            }

            deadline ??= schedule.DeadlineFrom(clock());
            var pending = entries.Where(e => !e.IsSettled).ToList();
            var firstDue = pending.Min(e => e.NextPollAt);
            var wakeAt = firstDue < deadline.Value ? firstDue : deadline.Value;
            DateTimeOffset now;

            // A timer may wake a little before the clock reaches the time asked for; the pause is then finished.
            while ((now = clock()) < wakeAt)
            {
                await delay(wakeAt - now, cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var due = pending.Where(e => e.NextPollAt <= now).OrderBy(e => e.NextPollAt).ThenBy(e => e.Index).Take(concurrency).ToList();
            var looks = due.Select(e => LookAsync(e, cancellationToken)).ToList();
            reports.AddRange(await Task.WhenAll(looks).ConfigureAwait(false));

            if (clock() >= deadline.Value)
            {
                foreach (var late in entries.Where(e => !e.IsSettled))
                {
                    late.State = WaitState.TimedOut;
                }
            }

            return new WaitRound(reports, Counts);
        }

        /// <summary>Rounds until every request is settled; <paramref name="onRound"/> sees each round.</summary>
        public async Task WaitAllAsync(Action<WaitRound>? onRound = null, CancellationToken cancellationToken = default)
        {
            while (!IsComplete)
            {
                var round = await NextRoundAsync(cancellationToken).ConfigureAwait(false);
                onRound?.Invoke(round);
            }
        }

        private static WaitState Settle(string status) => status == RequestStates.Succeeded ? WaitState.Succeeded : WaitState.Failed;

        private async Task<PollReport> LookAsync(WaitEntry entry, CancellationToken cancellationToken)
        {
            AsyncRequestStatus? read = null;
            Exception? failure = null;
            try
            {
                read = await refresh(entry.Status, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested) && (ex is IdcServiceException || ex is IdcTransportException || ex is IdcValidationException))
            {
                failure = ex;
            }

            entry.Polls++;
            var now = clock();
            if (read != null)
            {
                // A status reply names no instance or operation; the entry's own are kept.
                read.InstanceId = entry.Status.InstanceId;
                entry.Status = read;
                entry.Error = null;
            }
            else
            {
                entry.Error = failure;
                if (!PollSchedule.IsPassingFailure(failure!))
                {
                    entry.State = WaitState.Unreadable;
                    return new PollReport(entry, entry.Polls, failure, null);
                }
            }

            var decision = schedule.Decide(read?.Status, entry.Polls, now, deadline!.Value);
            switch (decision.Verdict)
            {
                case PollVerdict.Final:
                    entry.State = Settle(entry.Status.Status);
                    break;
                case PollVerdict.TimedOut:
                    entry.State = WaitState.TimedOut;
                    break;
                default:
                    entry.NextPollAt = decision.NextPollAt!.Value;
                    break;
            }

            return new PollReport(entry, entry.Polls, failure, decision.Delay);
        }
    }
}
