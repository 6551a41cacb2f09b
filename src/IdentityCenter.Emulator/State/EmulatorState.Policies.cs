using IdentityCenter.Emulator.Http;

namespace IdentityCenter.Emulator.State;

/// <summary>What a permission set grants: its custom policy and role, and attached system policies and roles.</summary>
public sealed partial class EmulatorState
{
    /// <summary>The two kinds of system policy a permission set can hold, each with its own catalogue and list.</summary>
    internal enum SystemPolicyKind
    {
        /// <summary>IAM identity policies (model 5.0): attach-managed-policy.</summary>
        IdentityPolicy,

        /// <summary>Legacy IAM roles (model 1.1): attach-managed-role.</summary>
        Role,
    }

    internal void PutCustomPolicy(string instanceId, string permissionSetId, string policy) => Change(() =>
    {
        PermissionSetRecord record = RequirePermissionSet(instanceId, permissionSetId);
        record.CustomPolicy = policy;
        record.Revision++;
    });

    internal string GetCustomPolicy(string instanceId, string permissionSetId) =>
        Read(() => RequirePermissionSet(instanceId, permissionSetId).CustomPolicy ?? throw NoCustom("custom policy", permissionSetId));

    internal void DeleteCustomPolicy(string instanceId, string permissionSetId) => Change(() =>
    {
        PermissionSetRecord record = RequirePermissionSet(instanceId, permissionSetId);
        _ = record.CustomPolicy ?? throw NoCustom("custom policy", permissionSetId);
        record.CustomPolicy = null;
        record.Revision++;
    });

    internal void PutCustomRole(string instanceId, string permissionSetId, string role) => Change(() =>
    {
        PermissionSetRecord record = RequirePermissionSet(instanceId, permissionSetId);
        record.CustomRole = role;
        record.Revision++;
    });

    internal string GetCustomRole(string instanceId, string permissionSetId) =>
        Read(() => RequirePermissionSet(instanceId, permissionSetId).CustomRole ?? throw NoCustom("custom role", permissionSetId));

    internal void DeleteCustomRole(string instanceId, string permissionSetId) => Change(() =>
    {
        PermissionSetRecord record = RequirePermissionSet(instanceId, permissionSetId);
        _ = record.CustomRole ?? throw NoCustom("custom role", permissionSetId);
        record.CustomRole = null;
        record.Revision++;
    });

    internal void AttachSystemPolicy(string instanceId, string permissionSetId, SystemPolicyKind kind, string policyId) => Change(() =>
    {
        PermissionSetRecord record = RequirePermissionSet(instanceId, permissionSetId);
        IReadOnlyList<SystemPolicy> catalogue = kind == SystemPolicyKind.IdentityPolicy ? SystemPolicyCatalogue.IdentityPolicies : SystemPolicyCatalogue.Roles;
        SystemPolicy policy = catalogue.FirstOrDefault(p => p.Id == policyId)
            ?? throw new EmulatorServiceException(404, ErrorCodes.NotFound, $"{Describe(kind)} {policyId} does not exist.");
        List<AttachedPolicy> attached = Attached(record, kind);
        if (attached.Any(a => a.Id == policyId))
        {
            throw new EmulatorServiceException(
                409,
                ErrorCodes.SystemPolicyAlreadyAttached,
                $"{Describe(kind)} {policyId} ({policy.Name}) is already attached to permission set {permissionSetId}.");
        }

        attached.Add(new AttachedPolicy(RequireInstance(instanceId).NextSequence++, policy.Id, policy.Name));
        record.Revision++;
    });

    internal void DetachSystemPolicy(string instanceId, string permissionSetId, SystemPolicyKind kind, string policyId) => Change(() =>
    {
        PermissionSetRecord record = RequirePermissionSet(instanceId, permissionSetId);
        if (Attached(record, kind).RemoveAll(a => a.Id == policyId) == 0)
        {
            throw new EmulatorServiceException(
                404,
                ErrorCodes.NotFound,
                $"{Describe(kind)} {policyId} is not attached to permission set {permissionSetId}.");
        }

        record.Revision++;
    });

    internal Page<AttachedPolicy> ListSystemPolicies(string instanceId, string permissionSetId, SystemPolicyKind kind, int limit, string? marker) => Read(() =>
        Paging.Take(
            Attached(RequirePermissionSet(instanceId, permissionSetId), kind),
            static a => a.Sequence,
            static a => a,
            $"{kind}|{instanceId}|{permissionSetId}",
            limit,
            marker));

    private static List<AttachedPolicy> Attached(PermissionSetRecord record, SystemPolicyKind kind) =>
        kind == SystemPolicyKind.IdentityPolicy ? record.ManagedPolicies : record.ManagedRoles;

    private static string Describe(SystemPolicyKind kind) => kind == SystemPolicyKind.IdentityPolicy ? "Managed policy" : "Managed role";

    private static EmulatorServiceException NoCustom(string what, string permissionSetId) =>
        new(404, ErrorCodes.NotFound, $"Permission set {permissionSetId} has no {what}.");
}
