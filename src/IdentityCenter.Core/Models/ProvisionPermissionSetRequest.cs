namespace IdentityCenter.Core.Models
{
    /// <summary>
    /// ProvisionPermissionSet (<c>POST …/permission-sets/{ps}/provision</c>): push the set's current policies to one account,
    /// or to every account it is already provisioned to.
    /// </summary>
    public sealed class ProvisionPermissionSetRequest
    {
        public string InstanceId { get; set; } = string.Empty;

        public string PermissionSetId { get; set; } = string.Empty;

        /// <summary>The account; null for all accounts the set is provisioned to (ALL_PROVISIONED_ACCOUNTS).</summary>
        public string? AccountId { get; set; }

        public string TargetType => AccountId == null ? TargetTypes.AllProvisionedAccounts : TargetTypes.Account;

        public override string ToString() =>
            PermissionSetId + (AccountId == null ? " to all provisioned accounts" : " to account " + AccountId);
    }
}
