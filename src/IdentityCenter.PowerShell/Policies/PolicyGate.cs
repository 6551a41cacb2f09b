using System;
using System.Collections.Generic;
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
}
