using System;
using System.Collections.Generic;

namespace IdentityCenter.Core.Waiting
{
    /// <summary>How many requests of a wait ended each way so far.</summary>
    public sealed class WaitCounts
    {
        public WaitCounts(int total, int succeeded, int failed, int timedOut)
        {
            Total = total;
            Succeeded = succeeded;
            Failed = failed;
            TimedOut = timedOut;
        }

        public int Total { get; }

        public int Succeeded { get; }

        /// <summary>Ended FAILED, or could not be read.</summary>
        public int Failed { get; }

        public int TimedOut { get; }

        public int Done => Succeeded + Failed + TimedOut;

        public int Waiting => Total - Done;
    }

    /// <summary>One look at one request in a round.</summary>
    public sealed class PollReport
    {
        internal PollReport(WaitEntry entry, int poll, Exception? failure, TimeSpan? nextIn)
        {
            Entry = entry;
            Poll = poll;
            Failure = failure;
            NextIn = nextIn;
        }

        public WaitEntry Entry { get; }

        /// <summary>Which look at this request it was, from 1.</summary>
        public int Poll { get; }

        /// <summary>Why the status could not be read this time; null when it was.</summary>
        public Exception? Failure { get; }

        /// <summary>The pause before the next look; null when the request is settled.</summary>
        public TimeSpan? NextIn { get; }
    }

    /// <summary>What one round of a wait did, and the counts after it.</summary>
    public sealed class WaitRound
    {
        internal WaitRound(IReadOnlyList<PollReport> polls, WaitCounts counts)
        {
            Polls = polls;
            Counts = counts;
        }

        public IReadOnlyList<PollReport> Polls { get; }

        public WaitCounts Counts { get; }
    }
}
