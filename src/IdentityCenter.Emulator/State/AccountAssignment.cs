namespace IdentityCenter.Emulator.State;

/// <summary>A permission set granted to a user or group in one account.</summary>
public sealed record AccountAssignment(long Sequence, string PermissionSetId, string PrincipalType, string PrincipalId, string AccountId)
{
    public bool SameAs(string permissionSetId, string principalType, string principalId, string accountId) =>
        PermissionSetId == permissionSetId && PrincipalType == principalType && PrincipalId == principalId && AccountId == accountId;
}
