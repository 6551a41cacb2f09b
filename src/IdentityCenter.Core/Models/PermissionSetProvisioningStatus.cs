namespace IdentityCenter.Core.Models
{
    /// <summary>PermissionSetProvisioningStatusDto: one provisioning request of a permission set.</summary>
    public sealed class PermissionSetProvisioningStatus : AsyncRequestStatus
    {
        /// <summary>Empty in the status listing, which gives only the request id, status and date.</summary>
        public string? PermissionSetId { get; set; }

        /// <summary>The account provisioned to; empty when all provisioned accounts were the target.</summary>
        public string? AccountId { get; set; }

        public override string Describe() =>
            PermissionSetId == null
                ? "permission set provisioning"
                : "provision " + PermissionSetId + (string.IsNullOrEmpty(AccountId) ? " to all provisioned accounts" : " to account " + AccountId);
    }
}
