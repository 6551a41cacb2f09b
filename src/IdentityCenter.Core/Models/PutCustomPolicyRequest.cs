namespace IdentityCenter.Core.Models
{
    /// <summary>PutCustomPolicyToPermissionSet: <c>PUT …/permission-sets/{permission_set_id}/custom-policy</c>.</summary>
    public sealed class PutCustomPolicyRequest
    {
        public string InstanceId { get; set; } = string.Empty;

        public string PermissionSetId { get; set; } = string.Empty;

        /// <summary>The identity policy document as JSON text; it travels as a JSON string value.</summary>
        public string Policy { get; set; } = string.Empty;
    }
}
