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
    PutCustomRole,
    GetCustomRole,
    DeleteCustomRole,
    AttachManagedPolicy,
    DetachManagedPolicy,
    ListManagedPolicies,
    AttachManagedRole,
    DetachManagedRole,
    ListManagedRoles,
    ListTags,
    CreateTags,
    DeleteTags,
    CreateAccountAssignment,
    DeleteAccountAssignment,
    GetAccountAssignmentCreationStatus,
    GetAccountAssignmentDeletionStatus,
    ListAccountAssignmentCreationStatus,
    ListAccountAssignmentDeletionStatus,
    ListAccountAssignments,
    ListAccountAssignmentsForPrincipal,
    ProvisionPermissionSet,
    GetProvisioningStatus,
    ListProvisioningStatus,
    ListAccountsForProvisionedPermissionSet,
    ListPermissionSetsProvisionedToAccount,
    GetMetadataToken,
    GetSecurityKey,
}

/// <summary>What sets some operations apart from the rest.</summary>
public static class EmulatorOperations
{
    /// <summary>
    /// Operations that answer with a request id and finish later (IN_PROGRESS, then SUCCEEDED or FAILED);
    /// only these can take a "fail" fault.
    /// </summary>
    public static bool IsAsynchronous(this EmulatorOperation operation) =>
        operation is EmulatorOperation.CreateAccountAssignment
            or EmulatorOperation.DeleteAccountAssignment
            or EmulatorOperation.ProvisionPermissionSet;
}
