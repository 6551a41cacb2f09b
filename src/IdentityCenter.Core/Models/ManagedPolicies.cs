namespace IdentityCenter.Core.Models
{
    /// <summary>A system (managed) identity policy attached to a permission set.</summary>
    public sealed class AttachedManagedPolicy
    {
        public AttachedManagedPolicy(string instanceId, string permissionSetId, string policyId, string? policyName)
        {
            InstanceId = instanceId;
            PermissionSetId = permissionSetId;
            PolicyId = policyId;
            PolicyName = policyName;
        }

        public string InstanceId { get; }

        public string PermissionSetId { get; }

        public string PolicyId { get; }

        public string? PolicyName { get; }

        public override string ToString() => (PolicyName ?? PolicyId) + " on " + PermissionSetId;
    }

    /// <summary>AttachManagedPolicyToPermissionSet: <c>POST …/permission-sets/{permission_set_id}/attach-managed-policy</c>.</summary>
    public sealed class AttachManagedPolicyRequest
    {
        public string InstanceId { get; set; } = string.Empty;

        public string PermissionSetId { get; set; } = string.Empty;

        public string PolicyId { get; set; } = string.Empty;

        /// <summary>Optional; the service knows the name from the id.</summary>
        public string? PolicyName { get; set; }
    }

    /// <summary>What an attach did: the policy as attached, and whether it had to be sent.</summary>
    public sealed class ManagedPolicyAttachment
    {
        public ManagedPolicyAttachment(AttachedManagedPolicy policy, bool attached)
        {
            Policy = policy;
            Attached = attached;
        }

        public AttachedManagedPolicy Policy { get; }

        /// <summary>False when the policy was attached already and nothing was sent.</summary>
        public bool Attached { get; }
    }
}
