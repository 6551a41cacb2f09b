using System.Globalization;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// What to tell a user about a policy the API accepts but the product may not: the API field takes up to
    /// 131,072 characters while the product quota is 6,144 per custom policy.
    /// </summary>
    internal static class PolicyAdvice
    {
        /// <returns>A warning for a policy over the product quota; otherwise null.</returns>
        public static string? QuotaWarning(string? policy)
        {
            if (policy == null || policy.Length <= Limits.PolicyQuota)
            {
                return null;
            }

            return "The policy is " + policy.Length.ToString(CultureInfo.InvariantCulture) + " characters long; Identity Center allows " +
                Limits.PolicyQuota.ToString(CultureInfo.InvariantCulture) + " characters per custom policy, so the service may refuse it.";
        }
    }
}
