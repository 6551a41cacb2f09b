namespace IdentityCenter.Emulator;

/// <summary>PermissionSetDto as the service returns it.</summary>
internal sealed record PermissionSetDto(
    string PermissionSetId,
    string Name,
    string? Description,
    string? RelayState,
    string? SessionDuration,
    long CreatedDate,
    string PermissionUrn)
{
    public static PermissionSetDto From(PermissionSetSnapshot snapshot) =>
        new(snapshot.PermissionSetId, snapshot.Name, snapshot.Description, snapshot.RelayState, snapshot.SessionDuration, snapshot.CreatedDate, snapshot.PermissionUrn);
}
