using Op = IdentityCenter.Emulator.Faults.EmulatorOperation;

namespace IdentityCenter.Emulator.Http;

/// <summary>
/// Maps method and decoded path to an operation. Like the gateway, an API is a method and a path
/// together, so a known path with another method is simply not found.
/// </summary>
internal static class RouteTable
{
    public static RouteMatch? Match(string method, string path)
    {
        // The Node SDK strips a trailing '/', others keep it; both reach the same API.
        string[] s = path.Trim('/').Split('/');
        bool get = HttpMethods.IsGet(method);
        bool post = HttpMethods.IsPost(method);
        bool put = HttpMethods.IsPut(method);
        bool delete = HttpMethods.IsDelete(method);

        if (s is ["v3", "auth", "domains"] && get)
        {
            return new RouteMatch(Op.ListDomains);
        }

        // The ECS metadata service, which credential providers reach at 169.254.169.254.
        if (s is ["meta-data", "latest", "api", "token"])
        {
            return put ? new RouteMatch(Op.GetMetadataToken) : null;
        }

        if (s is ["openstack", "latest", "securitykey"])
        {
            return get ? new RouteMatch(Op.GetSecurityKey) : null;
        }

        if (s.Length < 2 || s[0] != "v1" || s[1] != "instances")
        {
            return null;
        }

        if (s is ["v1", "instances"])
        {
            return get ? new RouteMatch(Op.ListInstances) : null;
        }

        // Tag paths carry a resource type ("identitycenter:permissionset") where others carry an instance id.
        if (s.Length >= 5 && s[2].Contains(':', StringComparison.Ordinal) && s[4] == "tags")
        {
            return s switch
            {
                [_, _, var type, var id, "tags"] when get => new RouteMatch(Op.ListTags, PermissionSetId: id, ResourceType: type),
                [_, _, var type, var id, "tags", "create"] when post => new RouteMatch(Op.CreateTags, PermissionSetId: id, ResourceType: type),
                [_, _, var type, var id, "tags", "delete"] when post => new RouteMatch(Op.DeleteTags, PermissionSetId: id, ResourceType: type),
                _ => null,
            };
        }

        string i = s.Length > 2 ? s[2] : string.Empty;
        string[] rest = s.Length > 3 ? s[3..] : Array.Empty<string>();
        Op? operation = rest switch
        {
            ["permission-sets"] when post => Op.CreatePermissionSet,
            ["permission-sets"] when get => Op.ListPermissionSets,

            // Fixed names under permission-sets come before the {permission_set_id} routes they would otherwise match.
            ["permission-sets", "provisioning-statuses"] when get => Op.ListProvisioningStatus,
            ["permission-sets", "provisioning-status", _] when get => Op.GetProvisioningStatus,
            ["permission-sets", "provisioned-to-accounts"] when get => Op.ListPermissionSetsProvisionedToAccount,

            ["permission-sets", _] when get => Op.GetPermissionSet,
            ["permission-sets", _] when put => Op.UpdatePermissionSet,
            ["permission-sets", _] when delete => Op.DeletePermissionSet,
            ["permission-sets", _, "custom-policy"] when put => Op.PutCustomPolicy,
            ["permission-sets", _, "custom-policy"] when get => Op.GetCustomPolicy,
            ["permission-sets", _, "custom-policy"] when delete => Op.DeleteCustomPolicy,
            ["permission-sets", _, "custom-role"] when put => Op.PutCustomRole,
            ["permission-sets", _, "custom-role"] when get => Op.GetCustomRole,
            ["permission-sets", _, "custom-role"] when delete => Op.DeleteCustomRole,
            ["permission-sets", _, "attach-managed-policy"] when post => Op.AttachManagedPolicy,
            ["permission-sets", _, "detach-managed-policy"] when post => Op.DetachManagedPolicy,
            ["permission-sets", _, "managed-policies"] when get => Op.ListManagedPolicies,
            ["permission-sets", _, "attach-managed-role"] when post => Op.AttachManagedRole,
            ["permission-sets", _, "detach-managed-role"] when post => Op.DetachManagedRole,
            ["permission-sets", _, "managed-roles"] when get => Op.ListManagedRoles,
            ["permission-sets", _, "provision"] when post => Op.ProvisionPermissionSet,
            ["permission-sets", _, "accounts"] when get => Op.ListAccountsForProvisionedPermissionSet,

            ["account-assignments"] when get => Op.ListAccountAssignments,
            ["account-assignments", "create"] when post => Op.CreateAccountAssignment,
            ["account-assignments", "delete"] when post => Op.DeleteAccountAssignment,
            ["account-assignments", "creation-status", _] when get => Op.GetAccountAssignmentCreationStatus,
            ["account-assignments", "deletion-status", _] when get => Op.GetAccountAssignmentDeletionStatus,
            ["account-assignments", "creation-statuses"] when get => Op.ListAccountAssignmentCreationStatus,
            ["account-assignments", "deletion-statuses"] when get => Op.ListAccountAssignmentDeletionStatus,
            ["account-assignments-for-principals"] when get => Op.ListAccountAssignmentsForPrincipal,
            _ => null,
        };

        if (operation is not { } op)
        {
            return null;
        }

        return rest switch
        {
            [_, "provisioning-status" or "creation-status" or "deletion-status", var requestId] => new RouteMatch(op, i, RequestId: requestId),
            ["permission-sets", var p, ..] when op is not (Op.ListProvisioningStatus or Op.ListPermissionSetsProvisionedToAccount) => new RouteMatch(op, i, p),
            _ => new RouteMatch(op, i),
        };
    }
}
