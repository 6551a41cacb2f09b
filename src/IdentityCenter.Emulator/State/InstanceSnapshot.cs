namespace IdentityCenter.Emulator.State;

/// <summary>An immutable copy of one instance: its permission sets in creation order, assignments and asynchronous requests.</summary>
public sealed record InstanceSnapshot(
    string InstanceId,
    string IdentityStoreId,
    string Alias,
    string InstanceUrn,
    IReadOnlyList<PermissionSetSnapshot> PermissionSets)
{
    public IReadOnlyList<AccountAssignment> AccountAssignments { get; init; } = Array.Empty<AccountAssignment>();

    public IReadOnlyList<AsyncRequest> Requests { get; init; } = Array.Empty<AsyncRequest>();
}
