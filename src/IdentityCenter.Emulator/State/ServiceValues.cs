namespace IdentityCenter.Emulator.State;

/// <summary>The enumerated values of the assignment and provisioning APIs, spelt as on the wire.</summary>
internal static class ServiceValues
{
    public const string InProgress = "IN_PROGRESS";
    public const string Succeeded = "SUCCEEDED";
    public const string Failed = "FAILED";
    public static readonly IReadOnlyList<string> Statuses = new[] { InProgress, Succeeded, Failed };

    public const string User = "USER";
    public const string Group = "GROUP";
    public static readonly IReadOnlyList<string> PrincipalTypes = new[] { User, Group };

    public const string Account = "ACCOUNT";
    public const string AllProvisionedAccounts = "ALL_PROVISIONED_ACCOUNTS";
    public static readonly IReadOnlyList<string> AssignmentTargetTypes = new[] { Account };
    public static readonly IReadOnlyList<string> ProvisioningTargetTypes = new[] { Account, AllProvisionedAccounts };

    public const string LatestProvisioned = "LATEST_PERMISSION_SET_PROVISIONED";
    public const string LatestNotProvisioned = "LATEST_PERMISSION_SET_NOT_PROVISIONED";
    public static readonly IReadOnlyList<string> ProvisioningStatuses = new[] { LatestProvisioned, LatestNotProvisioned };

    /// <summary>resource_type of the tag APIs for permission sets.</summary>
    public const string PermissionSetResourceType = "identitycenter:permissionset";
}
