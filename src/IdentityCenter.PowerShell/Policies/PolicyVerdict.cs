using System.Collections.Generic;
using System.Linq;
using IdentityCenter.Core.Policy;

namespace IdentityCenter.PowerShell.Policies
{
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
}
