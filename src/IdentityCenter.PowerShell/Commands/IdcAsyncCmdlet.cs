using System;
using System.Management.Automation;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Waiting;
using IdentityCenter.PowerShell.Arguments;
using IdentityCenter.PowerShell.Errors;
using IdentityCenter.PowerShell.Output;
using IdentityCenter.PowerShell.Waiting;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// What the commands that start asynchronous requests share. Each pipeline item's request is sent as the item
    /// arrives, a few in flight at once; with -Wait the accepted requests are followed together once the input ends.
    /// Results are written in input order: the status object, or one non-terminating error per item that failed.
    /// </summary>
    public abstract class IdcAsyncCmdlet : IdcCmdlet
    {
        private readonly RequestBatch batch = new RequestBatch();
        private RequestWaiter? waiter;

        /// <summary>Follow each request until it is SUCCEEDED or FAILED (or -Timeout passes), then write its final status.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        /// <summary>How long -Wait may take in all: a TimeSpan, its text ('00:05:00'), or a number of seconds.</summary>
        [Parameter]
        [TimeoutTransformation]
        public TimeSpan Timeout { get; set; } = PollSchedule.DefaultTimeout;

        /// <summary>How many requests (sends and status reads) may be in flight at once.</summary>
        [Parameter]
        [ValidateRange(1, 16)]
        public int ThrottleLimit { get; set; } = RequestWaiter.DefaultConcurrency;

        /// <summary>The activity of the progress bar, such as "Granting access".</summary>
        internal abstract string WaitActivity { get; }

        protected override void BeginProcessing()
        {
            try
            {
                PollSchedule.ValidateTimeout(nameof(Timeout), Timeout);
            }
            catch (IdcValidationException invalid)
            {
                ThrowTerminatingError(ErrorRecords.From(new ErrorDescription(
                    invalid,
                    ErrorMapper.InvalidArgumentId,
                    ErrorCategory.InvalidArgument,
                    invalid.Message,
                    "Correct the value of -Timeout. " + invalid.Limit + ".",
                    Timeout,
                    "-Timeout",
                    isTerminating: true)));
            }

            base.BeginProcessing();
            waiter = new RequestWaiter(new PollSchedule(Timeout), Client.RefreshStatusAsync, ThrottleLimit);
        }

        /// <summary>Starts one item's request; waits only while the throttle limit of sends is in flight.</summary>
        internal void Start(ItemOperation operation, Func<IdentityCenterClient, CancellationToken, Task<AsyncRequestStatus>> call)
        {
            Task<AsyncRequestStatus> send;
            try
            {
                send = call(Client, StopToken);
            }
            catch (Exception ex) when (ErrorMapper.Describes(ex))
            {
                // Validation throws before the first await: the item fails in its turn like any other.
                send = Task.FromException<AsyncRequestStatus>(ex);
            }

            batch.Add(operation, send);
            while (batch.InFlight >= ThrottleLimit)
            {
                AwaitSend(batch.OldestInFlight!);
            }

            WriteReady();
        }

        /// <summary>A status already in hand (from a listing) that takes its turn like a sent request.</summary>
        internal void Accept(ItemOperation operation, AsyncRequestStatus status)
        {
            batch.Add(operation, Task.FromResult(status));
            WriteReady();
        }

        protected override void EndProcessing()
        {
            while (batch.OldestInFlight is BatchItem pending)
            {
                AwaitSend(pending);
            }

            WriteReady();
            if (Wait && !waiter!.IsComplete)
            {
                WaitForAll();
            }

            base.EndProcessing();
        }

        private void WaitForAll()
        {
            var activity = WaitActivity;
            var operation = batch.Items[0].Operation;
            WriteProgress(NewProgress(activity, waiter!.Counts));
            while (!waiter.IsComplete)
            {
                WaitRound? round;
                try
                {
                    if (!TryCall(operation, (client, token) => waiter.NextRoundAsync(token), out round))
                    {
                        break;
                    }
                }
                catch (PipelineStoppedException)
                {
                    ReportStopped();
                    throw;
                }

                foreach (var poll in round!.Polls)
                {
                    WriteVerbose(WaitReport.PollLine(poll));
                }

                WriteProgress(NewProgress(activity, round.Counts));
                WriteReady();
            }

            var done = NewProgress(activity, waiter.Counts);
            done.RecordType = ProgressRecordType.Completed;
            WriteProgress(done);
        }

        private static ProgressRecord NewProgress(string activity, WaitCounts counts) =>
            new ProgressRecord(WaitReport.ProgressActivityId, activity, WaitReport.ProgressStatus(counts))
            {
                PercentComplete = WaitReport.PercentComplete(counts),
            };

        /// <summary>Waits for one send, writing the call's events meanwhile; its outcome is written later, in its turn.</summary>
        private void AwaitSend(BatchItem item)
        {
            try
            {
                TryCall(item.Operation, (client, token) => item.Send.ContinueWith(_ => true, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default), out bool _);
            }
            catch (PipelineStoppedException)
            {
                ReportStopped();
                throw;
            }
        }

        private void WriteReady()
        {
            if (Wait)
            {
                batch.Follow(waiter!);
            }

            foreach (var item in batch.TakeReady(Wait))
            {
                var failure = item.SendFailure ?? item.Entry?.Failure();
                if (failure != null)
                {
                    WriteFailure(failure, item.Operation);
                    continue;
                }

                var status = item.Entry?.Status ?? item.Send.Result;
                if (!string.IsNullOrEmpty(status.Note))
                {
                    WriteVerbose(status.Note);
                }

                WriteObject(TypedOutput.Wrap(status));
            }
        }

        private void WriteFailure(Exception failure, ItemOperation operation)
        {
            ErrorDescription description;
            switch (failure)
            {
                case IdcRequestFailedException failed:
                    description = WaitErrors.ForFailed(failed, operation);
                    break;
                case IdcWaitTimeoutException timedOut:
                    description = WaitErrors.ForTimeout(timedOut, operation);
                    break;
                case Exception known when ErrorMapper.Describes(known):
                    description = ErrorMapper.ForItem(known, operation);
                    break;
                default:
                    ExceptionDispatchInfo.Capture(failure).Throw();
                    return;
            }

            var record = ErrorRecords.From(description);
            if (description.IsTerminating)
            {
                ThrowTerminatingError(record);
            }

            WriteError(record);
        }

        /// <summary>
        /// Ctrl+C: says which requests were left running. The pipeline is stopping, so its streams refuse writes; the
        /// host's own warning line still reaches the user.
        /// </summary>
        private void ReportStopped()
        {
            var inProgress = batch.InProgress();
            var unanswered = batch.Unanswered();
            if (inProgress.Count == 0 && unanswered.Count == 0)
            {
                return;
            }

            var text = WaitReport.Stopped(inProgress, unanswered);
            try
            {
                WriteWarning(text);
            }
            catch (PipelineStoppedException)
            {
                Host?.UI?.WriteWarningLine(text);
            }
        }
    }
}
