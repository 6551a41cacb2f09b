namespace IdentityCenter.Core.Models
{
    /// <summary>The custom identity policy now attached to a permission set.</summary>
    public sealed class CustomPolicyAssignment
    {
        public CustomPolicyAssignment(string instanceId, string permissionSetId, string policy)
        {
            InstanceId = instanceId;
            PermissionSetId = permissionSetId;
            Policy = policy;
        }

        public string InstanceId { get; }

        public string PermissionSetId { get; }

        public string Policy { get; }

        public override string ToString() => "custom policy of " + PermissionSetId;
    }
}
