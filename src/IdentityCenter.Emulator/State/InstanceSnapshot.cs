namespace IdentityCenter.Emulator.State;

/// <summary>An immutable copy of one instance and its permission sets in creation order.</summary>
public sealed record InstanceSnapshot(
    string InstanceId,
    string IdentityStoreId,
    string Alias,
    string InstanceUrn,
    IReadOnlyList<PermissionSetSnapshot> PermissionSets);
