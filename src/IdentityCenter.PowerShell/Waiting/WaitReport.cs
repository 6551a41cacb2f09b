using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Waiting;

namespace IdentityCenter.PowerShell.Waiting
{
    /// <summary>The words a wait shows: the progress bar's status, the verbose line per look, and what Ctrl+C left running.</summary>
    internal static class WaitReport
    {
        /// <summary>One bar for the whole batch.</summary>
        public const int ProgressActivityId = 1;

        public static string ProgressStatus(WaitCounts counts)
        {
            var text = counts.Done.ToString(CultureInfo.InvariantCulture) + " of " + counts.Total.ToString(CultureInfo.InvariantCulture) +
                " done: " + counts.Succeeded.ToString(CultureInfo.InvariantCulture) + " succeeded, " + counts.Failed.ToString(CultureInfo.InvariantCulture) + " failed";
            if (counts.TimedOut > 0)
            {
                text += ", " + counts.TimedOut.ToString(CultureInfo.InvariantCulture) + " timed out";
            }

            return text + "; " + counts.Waiting.ToString(CultureInfo.InvariantCulture) + " in progress";
        }

        public static int PercentComplete(WaitCounts counts) =>
            counts.Total == 0 ? 100 : (int)Math.Floor(100.0 * counts.Done / counts.Total);

        public static string PollLine(PollReport report)
        {
            var status = report.Entry.Status;
            var head = "Request " + status.RequestId + " (" + status.Describe() + "), look " + report.Poll.ToString(CultureInfo.InvariantCulture) + ": ";
            var found = report.Failure == null
                ? status.Status
                : "could not be read (" + report.Failure.Message.TrimEnd('.') + ")";
            if (report.NextIn.HasValue)
            {
                return head + found + "; next look in " + Seconds(report.NextIn.Value) + ".";
            }

            return head + found + (report.Entry.State == WaitState.TimedOut ? "; the time limit has passed." : ".");
        }

        /// <summary>The command a user runs later to see where a request stands.</summary>
        public static string LookupCommand(AsyncRequestStatus status) => status switch
        {
            AccountAssignmentStatus assignment =>
                "Get-IdcAccountAssignmentRequest -InstanceId " + assignment.InstanceId + " -Operation " + assignment.Operation + " -RequestId " + assignment.RequestId,
            _ => "Get-IdcPermissionSetProvisioningRequest -InstanceId " + status.InstanceId + " -RequestId " + status.RequestId,
        };

        /// <summary>What Ctrl+C interrupted: the requests still in progress, and those whose reply had not come.</summary>
        public static string Stopped(IReadOnlyList<AsyncRequestStatus> inProgress, IReadOnlyList<string> unanswered)
        {
            var text = "Stopped waiting.";
            if (inProgress.Count > 0)
            {
                text += " Still in progress (" + inProgress.Count.ToString(CultureInfo.InvariantCulture) + "): " +
                    string.Join("; ", inProgress.Select(s => s.RequestId + " (" + s.Describe() + ")")) +
                    ". They go on in the service; look one up with " + LookupCommand(inProgress[0]) + ".";
            }

            if (unanswered.Count > 0)
            {
                text += " Sent without a reply yet, so their request ids are unknown (" + unanswered.Count.ToString(CultureInfo.InvariantCulture) + "): " + string.Join("; ", unanswered) + ".";
            }

            return text;
        }

        private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.0##", CultureInfo.InvariantCulture) + " s";
    }
}
