namespace IdentityCenter.Emulator.State;

/// <summary>Mutable storage for one permission set; only touched under the state lock.</summary>
internal sealed class PermissionSetRecord
{
    public PermissionSetRecord(long sequence, string id, string name, long createdDate)
    {
        Sequence = sequence;
        Id = id;
        Name = name;
        CreatedDate = createdDate;
    }

    /// <summary>Creation order; page markers point at it so deleting items never shifts a page.</summary>
    public long Sequence { get; }

    public string Id { get; }

    public string Name { get; }

    public long CreatedDate { get; }

    public string? Description { get; set; }

    public string? RelayState { get; set; }

    public string? SessionDuration { get; set; }

    public List<PermissionSetTag> Tags { get; set; } = new();

    public string? CustomPolicy { get; set; }

    public string? CustomRole { get; set; }

    public List<AttachedPolicy> ManagedPolicies { get; set; } = new();

    public List<AttachedPolicy> ManagedRoles { get; set; } = new();

    /// <summary>Counts changes that provisioning pushes to accounts (attributes and policies, not tags).</summary>
    public long Revision { get; set; }

    public List<ProvisionedAccount> ProvisionedAccounts { get; set; } = new();

    public string Urn => PermissionSetUrn(Id);

    public static string PermissionSetUrn(string id) => "IdentityCenter::system:permissionSet:" + id;

    public bool IsLatestIn(ProvisionedAccount account) => account.Revision == Revision;

    public PermissionSetSnapshot ToSnapshot() =>
        new(Id, Name, Description, RelayState, SessionDuration, CreatedDate, Urn, Tags.ToArray(), CustomPolicy)
        {
            CustomRole = CustomRole,
            ManagedPolicies = ManagedPolicies.ToArray(),
            ManagedRoles = ManagedRoles.ToArray(),
            Revision = Revision,
            ProvisionedAccounts = ProvisionedAccounts.ToArray(),
        };

    public static PermissionSetRecord FromSnapshot(long sequence, PermissionSetSnapshot set) =>
        new(sequence, set.PermissionSetId, set.Name, set.CreatedDate)
        {
            Description = set.Description,
            RelayState = set.RelayState,
            SessionDuration = set.SessionDuration,
            Tags = set.Tags?.ToList() ?? new List<PermissionSetTag>(),
            CustomPolicy = set.CustomPolicy,
            CustomRole = set.CustomRole,
            ManagedPolicies = set.ManagedPolicies?.ToList() ?? new List<AttachedPolicy>(),
            ManagedRoles = set.ManagedRoles?.ToList() ?? new List<AttachedPolicy>(),
            Revision = set.Revision,
            ProvisionedAccounts = set.ProvisionedAccounts?.ToList() ?? new List<ProvisionedAccount>(),
        };
}
