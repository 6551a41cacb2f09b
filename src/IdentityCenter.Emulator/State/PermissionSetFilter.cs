namespace IdentityCenter.Emulator.State;

/// <summary>Exact-match filters of ListPermissionSets; null means "any".</summary>
internal sealed record PermissionSetFilter(string? Name, string? PermissionSetId, string? PermissionUrn)
{
    public bool Matches(PermissionSetRecord record) =>
        (Name is null || string.Equals(record.Name, Name, StringComparison.Ordinal))
        && (PermissionSetId is null || string.Equals(record.Id, PermissionSetId, StringComparison.Ordinal))
        && (PermissionUrn is null || string.Equals(record.Urn, PermissionUrn, StringComparison.Ordinal));
}
