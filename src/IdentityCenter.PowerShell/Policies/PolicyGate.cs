using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using IdentityCenter.Core.Policy;

namespace IdentityCenter.PowerShell.Policies
{
    /// <summary>
    /// Set-IdcCustomPolicy's check before sending: the same offline check Test-IdcPolicy runs. Errors refuse the
    /// policy; warnings are written and the policy goes on. -SkipPolicyValidation sends it unchecked, keeping only
    /// the size warning, because the service's own refusal of an oversized policy explains itself less well.
    /// </summary>
    internal static class PolicyGate
    {
        public static PolicyVerdict Judge(string policy, bool skipValidation)
        {
            if (policy == null)
            {
                throw new ArgumentNullException(nameof(policy));
            }

            if (skipValidation)
            {
                return new PolicyVerdict(PolicyChecker.CheckSize(policy).Select(Describe).ToList(), Array.Empty<PolicyFinding>());
            }

            var findings = PolicyChecker.Check(policy);
            return new PolicyVerdict(
                findings.Where(f => f.Severity == PolicyFindingSeverity.Warning).Select(Describe).ToList(),
                findings.Where(f => f.Severity == PolicyFindingSeverity.Error).ToList());
        }

        public static string Describe(PolicyFinding finding) => finding.Path + ": " + finding.Message + " (" + finding.Code + ")";
    }

    /// <summary>What to do with a policy before it is sent: the warnings to write, and the errors that stop it.</summary>
    internal sealed class PolicyVerdict
    {
        public PolicyVerdict(IReadOnlyList<string> warnings, IReadOnlyList<PolicyFinding> errors)
        {
            Warnings = warnings;
            Errors = errors;
        }

        public IReadOnlyList<string> Warnings { get; }

        /// <summary>Empty unless the policy is refused.</summary>
        public IReadOnlyList<PolicyFinding> Errors { get; }

        public bool IsRefused => Errors.Count > 0;

        public override string ToString() =>
            (IsRefused ? "refused, " + Errors.Count + " error(s)" : "accepted") + (Warnings.Any() ? ", " + Warnings.Count + " warning(s)" : string.Empty);
    }

    /// <summary>
    /// A policy refused before sending because the offline check found errors. Scripts can read every finding from
    /// <see cref="Findings"/> on the error record's exception.
    /// </summary>
    internal sealed class PolicyValidationException : Exception
    {
        // Enough to act on in one message; the rest are on Findings and in Test-IdcPolicy's output.
        private const int ShownInMessage = 3;

        public PolicyValidationException(IReadOnlyList<PolicyFinding> findings)
            : base(Compose(findings))
        {
            Findings = findings;
        }

        public IReadOnlyList<PolicyFinding> Findings { get; }

        private static string Compose(IReadOnlyList<PolicyFinding> findings)
        {
            var errors = findings.Where(f => f.Severity == PolicyFindingSeverity.Error).ToList();
            var count = errors.Count.ToString(CultureInfo.InvariantCulture);
            var shown = string.Join("; ", errors.Take(ShownInMessage).Select(PolicyGate.Describe));
            var more = errors.Count > ShownInMessage ? "; and " + (errors.Count - ShownInMessage).ToString(CultureInfo.InvariantCulture) + " more" : string.Empty;
            return "The policy breaks the identity-policy grammar (" + count + (errors.Count == 1 ? " error" : " errors") + "): " + shown + more + ".";
        }
    }

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
