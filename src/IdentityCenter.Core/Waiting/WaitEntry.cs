using System;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Core.Waiting
{
    /// <summary>Where one request of a wait stands.</summary>
    public enum WaitState
    {
        Waiting,
        Succeeded,
        Failed,
        TimedOut,

        /// <summary>The status could not be read, for a reason another look would not cure (such as an unknown request id).</summary>
        Unreadable,
    }

    /// <summary>One request a <see cref="RequestWaiter"/> follows, in the order it was added.</summary>
    public sealed class WaitEntry
    {
        internal WaitEntry(int index, AsyncRequestStatus status, DateTimeOffset nextPollAt)
        {
            Index = index;
            Status = status;
            NextPollAt = nextPollAt;
        }

        public int Index { get; }

        /// <summary>The latest status read (at first, the one the request was accepted with).</summary>
        public AsyncRequestStatus Status { get; internal set; }

        public WaitState State { get; internal set; }

        /// <summary>Why the status could not be read, for <see cref="WaitState.Unreadable"/>; the last failed look otherwise.</summary>
        public Exception? Error { get; internal set; }

        public int Polls { get; internal set; }

        internal DateTimeOffset NextPollAt { get; set; }

        internal TimeSpan Timeout { get; set; }

        public bool IsSettled => State != WaitState.Waiting;

        /// <summary>The exception that tells the caller this request did not succeed; null when it did or is still waiting.</summary>
        public Exception? Failure() => State switch
        {
            WaitState.Failed => new IdcRequestFailedException(Status),
            WaitState.TimedOut => new IdcWaitTimeoutException(Status, Timeout),
            WaitState.Unreadable => Error,
            _ => null,
        };
    }
}
