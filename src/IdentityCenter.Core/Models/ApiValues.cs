using System;
using System.Collections.Generic;

namespace IdentityCenter.Core.Models
{
    /// <summary>principal_type of an account assignment: who receives the access.</summary>
    public static class PrincipalTypes
    {
        public const string User = "USER";
        public const string Group = "GROUP";

        public static IReadOnlyList<string> All { get; } = new[] { User, Group };

        /// <summary>The documented spelling of a principal type given in any case; null when it is neither.</summary>
        public static string? Normalize(string? value) => Find(All, value);

        internal static string? Find(IReadOnlyList<string> values, string? value)
        {
            foreach (var candidate in values)
            {
                if (string.Equals(candidate, value, StringComparison.OrdinalIgnoreCase))
                {
                    return candidate;
                }
            }

            return null;
        }
    }

    /// <summary>status of an asynchronous request (account assignment creation or deletion, provisioning).</summary>
    public static class RequestStates
    {
        public const string InProgress = "IN_PROGRESS";
        public const string Succeeded = "SUCCEEDED";
        public const string Failed = "FAILED";

        public static IReadOnlyList<string> All { get; } = new[] { InProgress, Succeeded, Failed };

        public static string? Normalize(string? value) => PrincipalTypes.Find(All, value);
    }

    /// <summary>provisioning_status filter of the provisioned-account listings.</summary>
    public static class ProvisioningStates
    {
        /// <summary>The account has the permission set as it is now.</summary>
        public const string LatestProvisioned = "LATEST_PERMISSION_SET_PROVISIONED";

        /// <summary>The permission set changed since it was last provisioned to the account.</summary>
        public const string LatestNotProvisioned = "LATEST_PERMISSION_SET_NOT_PROVISIONED";

        public static IReadOnlyList<string> All { get; } = new[] { LatestProvisioned, LatestNotProvisioned };

        public static string? Normalize(string? value) => PrincipalTypes.Find(All, value);
    }

    /// <summary>target_type values: an assignment always targets one account; provisioning one or all provisioned ones.</summary>
    public static class TargetTypes
    {
        public const string Account = "ACCOUNT";
        public const string AllProvisionedAccounts = "ALL_PROVISIONED_ACCOUNTS";
    }
}
