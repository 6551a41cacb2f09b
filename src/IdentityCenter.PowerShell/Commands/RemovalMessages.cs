using IdentityCenter.Core.Models;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>What a removal tells the user: absence is a warning, not an error, so a rerun ends cleanly.</summary>
    internal static class RemovalMessages
    {
        /// <summary>Writes the outcome on the pipeline thread: a verbose line, and the warning of an absence.</summary>
        public static void Write(System.Management.Automation.Cmdlet cmdlet, RemovalResult result, string what)
        {
            cmdlet.WriteVerbose(Verbose(result, what));
            var warning = Warning(result, what);
            if (warning != null)
            {
                cmdlet.WriteWarning(warning);
            }
        }

        /// <param name="what">What was to be removed: <c>permission set ps-… in instance ins-…</c>.</param>
        /// <returns>The warning, or null when there is nothing to warn of.</returns>
        public static string? Warning(RemovalResult result, string what)
        {
            if (result.Outcome != RemovalOutcome.WasAbsent)
            {
                return null;
            }

            return "Nothing removed: " + what + " was already absent" +
                (string.IsNullOrEmpty(result.AbsenceDetail) ? "." : " (the service says: " + result.AbsenceDetail!.TrimEnd('.') + ").");
        }

        public static string Verbose(RemovalResult result, string what) => result.Outcome switch
        {
            RemovalOutcome.RemovedReplyLost => "Removed " + what + " (an attempt whose reply was lost removed it; the retry found it gone).",
            RemovalOutcome.WasAbsent => what + " was already absent.",
            _ => "Removed " + what + ".",
        };
    }
}
