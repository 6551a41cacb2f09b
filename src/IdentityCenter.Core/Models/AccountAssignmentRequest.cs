namespace IdentityCenter.Core.Models
{
    /// <summary>
    /// CreateAccountAssignment and DeleteAccountAssignment (<c>POST …/account-assignments/create|delete</c>): a permission
    /// set granted to, or taken from, a user or group in one account.
    /// </summary>
    public sealed class AccountAssignmentRequest
    {
        public string InstanceId { get; set; } = string.Empty;

        public string PermissionSetId { get; set; } = string.Empty;

        /// <summary><see cref="PrincipalTypes.User"/> or <see cref="PrincipalTypes.Group"/>.</summary>
        public string PrincipalType { get; set; } = string.Empty;

        /// <summary>The identity-store id of the user or group.</summary>
        public string PrincipalId { get; set; } = string.Empty;

        /// <summary>The account (target_id); the target type is always ACCOUNT.</summary>
        public string AccountId { get; set; } = string.Empty;

        public override string ToString() =>
            PermissionSetId + " for " + PrincipalType + " " + PrincipalId + " on account " + AccountId;
    }
}
