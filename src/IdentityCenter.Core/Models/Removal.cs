namespace IdentityCenter.Core.Models
{
    public enum RemovalOutcome
    {
        /// <summary>The service confirmed the removal.</summary>
        Removed,

        /// <summary>An attempt whose reply was lost removed it: the retry found it gone.</summary>
        RemovedReplyLost,

        /// <summary>There was nothing to remove; nothing was changed.</summary>
        WasAbsent,
    }

    /// <summary>How a removal ended. Finding the thing already gone is not a failure, so a rerun converges.</summary>
    public sealed class RemovalResult
    {
        public RemovalResult(RemovalOutcome outcome, string? absenceDetail = null)
        {
            Outcome = outcome;
            AbsenceDetail = absenceDetail;
        }

        public RemovalOutcome Outcome { get; }

        /// <summary>For <see cref="RemovalOutcome.WasAbsent"/>: what the service said, when it said anything.</summary>
        public string? AbsenceDetail { get; }
    }
}
