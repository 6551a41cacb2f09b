namespace IdentityCenter.Core.Models
{
    /// <summary>
    /// A permission set provisioned to an account, from either listing: the accounts of a set
    /// (ListAccountsForProvisionedPermissionSet) or the sets of an account (ListPermissionSetsProvisionedToAccount).
    /// </summary>
    public sealed class ProvisionedPermissionSet
    {
        public string InstanceId { get; set; } = string.Empty;

        public string PermissionSetId { get; set; } = string.Empty;

        public string AccountId { get; set; } = string.Empty;

        /// <summary>The provisioning_status the listing was filtered by; null when it was not filtered.</summary>
        public string? ProvisioningStatus { get; set; }

        public override string ToString() => PermissionSetId + " on account " + AccountId;
    }
}
