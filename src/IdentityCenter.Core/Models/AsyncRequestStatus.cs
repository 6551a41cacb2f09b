using System;

namespace IdentityCenter.Core.Models
{
    /// <summary>
    /// Where one asynchronous request stands: the service accepts it with a request id, reports IN_PROGRESS, and ends it
    /// SUCCEEDED or FAILED (with a failure_reason).
    /// </summary>
    public abstract class AsyncRequestStatus
    {
        public string InstanceId { get; set; } = string.Empty;

        /// <summary>The id to look the request up by; null only for a grant found to exist after a lost reply.</summary>
        public string? RequestId { get; set; }

        /// <summary>One of <see cref="RequestStates"/>; another value is kept as the service sent it.</summary>
        public string Status { get; set; } = string.Empty;

        public string? FailureReason { get; set; }

        public DateTimeOffset? CreatedDate { get; set; }

        /// <summary>Set when the status was not read from the service but worked out (see the text).</summary>
        public string? Note { get; set; }

        /// <summary>What the request does, in words for progress lines and error messages.</summary>
        public abstract string Describe();

        public override string ToString() => (RequestId ?? "(no request id)") + " " + Status + ": " + Describe();
    }
}
