namespace IdentityCenter.Emulator.State;

/// <summary>An immutable copy of one stored permission set, including what the API keeps apart (tags, custom policy).</summary>
public sealed record PermissionSetSnapshot(
    string PermissionSetId,
    string Name,
    string? Description,
    string? RelayState,
    string? SessionDuration,
    long CreatedDate,
    string PermissionUrn,
    IReadOnlyList<PermissionSetTag> Tags,
    string? CustomPolicy);
