using System;
using System.Collections.Generic;
using System.Linq;

namespace IdentityCenter.Core.Policy
{
    public static class PolicyFindingExtensions
    {
        /// <summary>True when any finding is an error; warnings alone leave a policy sendable.</summary>
        public static bool HasErrors(this IEnumerable<PolicyFinding> findings)
        {
            if (findings == null)
            {
                throw new ArgumentNullException(nameof(findings));
            }

            return findings.Any(finding => finding.Severity == PolicyFindingSeverity.Error);
        }
    }
}
