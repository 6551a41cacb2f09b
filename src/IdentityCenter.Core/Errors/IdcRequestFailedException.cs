using System;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Core.Errors
{
    /// <summary>An asynchronous request ended FAILED; the service's failure_reason says why.</summary>
    public sealed class IdcRequestFailedException : Exception
    {
        public IdcRequestFailedException(AsyncRequestStatus status)
            : base("Request " + (status ?? throw new ArgumentNullException(nameof(status))).RequestId + " (" + status.Describe() + ") ended " + status.Status + ": " +
                (string.IsNullOrEmpty(status.FailureReason) ? "the service gave no failure_reason." : status.FailureReason))
        {
            Status = status;
        }

        /// <summary>The final status, with the request id and failure_reason.</summary>
        public AsyncRequestStatus Status { get; }

        public string? RequestId => Status.RequestId;

        public string? FailureReason => Status.FailureReason;
    }
}
