using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using IdentityCenter.Core.Policy;

namespace IdentityCenter.PowerShell.Policies
{
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
}
