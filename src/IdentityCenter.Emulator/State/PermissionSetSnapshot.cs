namespace IdentityCenter.Emulator.State;

/// <summary>An immutable copy of one stored permission set, including what the API keeps apart (tags, policies, provisioning).</summary>
public sealed record PermissionSetSnapshot(
    string PermissionSetId,
    string Name,
    string? Description,
    string? RelayState,
    string? SessionDuration,
    long CreatedDate,
    string PermissionUrn,
    IReadOnlyList<PermissionSetTag> Tags,
    string? CustomPolicy)
{
    /// <summary>The legacy (IAM 1.1) custom policy of the custom-role routes.</summary>
    public string? CustomRole { get; init; }

    public IReadOnlyList<AttachedPolicy> ManagedPolicies { get; init; } = Array.Empty<AttachedPolicy>();

    public IReadOnlyList<AttachedPolicy> ManagedRoles { get; init; } = Array.Empty<AttachedPolicy>();

    public long Revision { get; init; }

    public IReadOnlyList<ProvisionedAccount> ProvisionedAccounts { get; init; } = Array.Empty<ProvisionedAccount>();
}
