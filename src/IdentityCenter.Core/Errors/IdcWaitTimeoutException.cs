using System;
using System.Globalization;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Core.Errors
{
    /// <summary>
    /// A wait's time limit passed while the request was still in progress. The request goes on in the service; its id
    /// lets the caller look it up later.
    /// </summary>
    public sealed class IdcWaitTimeoutException : TimeoutException
    {
        public IdcWaitTimeoutException(AsyncRequestStatus status, TimeSpan timeout)
            : base("Request " + (status ?? throw new ArgumentNullException(nameof(status))).RequestId + " (" + status.Describe() + ") was still " +
                (string.IsNullOrEmpty(status.Status) ? "without a status" : status.Status) + " when the wait's time limit of " + Describe(timeout) +
                " passed; it goes on in the service and can be looked up later by its request id.")
        {
            Status = status;
            Timeout = timeout;
        }

        /// <summary>The last status read.</summary>
        public AsyncRequestStatus Status { get; }

        public string? RequestId => Status.RequestId;

        public TimeSpan Timeout { get; }

        private static string Describe(TimeSpan timeout) =>
            timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
    }
}
