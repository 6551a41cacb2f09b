using System.Management.Automation;
using IdentityCenter.Core.Errors;
using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.Waiting;

namespace IdentityCenter.PowerShell.Errors
{
    /// <summary>How a waited request that did not succeed is reported: one non-terminating error per request, naming its id.</summary>
    internal static class WaitErrors
    {
        public const string RequestFailedId = "IdentityCenter.RequestFailed";
        public const string WaitTimeoutId = "IdentityCenter.WaitTimeout";

        public static ErrorDescription ForFailed(IdcRequestFailedException failure, ItemOperation operation) =>
            new ErrorDescription(
                failure,
                RequestFailedId,
                ErrorCategory.InvalidResult,
                "Could not " + operation.FailurePhrase + " " + operation.Target + ": request " + failure.RequestId + " ended FAILED: " +
                    (string.IsNullOrEmpty(failure.FailureReason) ? "the service gave no failure_reason." : failure.FailureReason),
                "Correct what the failure reason names, then run the command again for this item; " + WaitReport.LookupCommand(failure.Status) + " shows the request.",
                failure.Status,
                operation.Target,
                isTerminating: false);

        public static ErrorDescription ForTimeout(IdcWaitTimeoutException timeout, ItemOperation operation) =>
            new ErrorDescription(
                timeout,
                WaitTimeoutId,
                ErrorCategory.OperationTimeout,
                "Could not " + operation.FailurePhrase + " " + operation.Target + " within the time limit: " + timeout.Message,
                "Look the request up later with " + WaitReport.LookupCommand(timeout.Status) + " (add -Wait to follow it), or give a longer -Timeout.",
                timeout.Status,
                operation.Target,
                isTerminating: false);
    }
}
