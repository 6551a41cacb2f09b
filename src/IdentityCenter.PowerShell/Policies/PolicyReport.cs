using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using IdentityCenter.Core.Policy;

namespace IdentityCenter.PowerShell.Policies
{
    /// <summary>One line about a checked policy, for the verbose stream, so a clean policy (no output) still says so.</summary>
    internal static class PolicyReport
    {
        public static string Summary(PolicyText policy, IReadOnlyCollection<PolicyFinding> findings)
        {
            var errors = findings.Count(f => f.Severity == PolicyFindingSeverity.Error);
            var warnings = findings.Count - errors;
            var size = policy.Text.Length.ToString(CultureInfo.InvariantCulture) + " characters";
            return findings.Count == 0
                ? "The policy from " + policy.Source + " (" + size + ") has no findings."
                : "The policy from " + policy.Source + " (" + size + ") has " + Count(errors, "error") + " and " + Count(warnings, "warning") + ".";
        }

        private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
    }
}
