using System.Globalization;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core.Policy
{
    /// <summary>
    /// Two limits: the API field takes up to <see cref="Limits.PolicyMax"/> characters, but the product quota per custom
    /// policy is <see cref="Limits.PolicyQuota"/>. Only the first is certain to be enforced by the request itself.
    /// </summary>
    internal static class SizeRule
    {
        public static void Check(string policyJson, PolicyFindingCollector findings)
        {
            var length = policyJson.Length;
            if (length > Limits.PolicyMax)
            {
                findings.Error(
                    PolicyPath.Root,
                    PolicyFindingCodes.TooLong,
                    "The document is " + Count(length) + " characters long; the API accepts at most " + Count(Limits.PolicyMax) +
                    " characters, and the Identity Center quota per custom policy is " + Count(Limits.PolicyQuota) + ".");
            }
            else if (length > Limits.PolicyQuota)
            {
                findings.Warning(
                    PolicyPath.Root,
                    PolicyFindingCodes.OverQuota,
                    "The document is " + Count(length) + " characters long, over the Identity Center quota of " + Count(Limits.PolicyQuota) +
                    " characters per custom policy (not adjustable); the service will probably refuse it although the API field allows " +
                    Count(Limits.PolicyMax) + ".");
            }
        }

        private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
    }
}
