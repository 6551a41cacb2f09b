namespace IdentityCenter.Emulator.Faults;

/// <summary>The API operations the emulator serves; faults target them by these names.</summary>
public enum EmulatorOperation
{
    /// <summary>Matches every operation; written "*" in the admin API.</summary>
    Any,
    ListInstances,
    ListDomains,
    CreatePermissionSet,
    ListPermissionSets,
    GetPermissionSet,
    UpdatePermissionSet,
    DeletePermissionSet,
    PutCustomPolicy,
    GetCustomPolicy,
    DeleteCustomPolicy,
}
