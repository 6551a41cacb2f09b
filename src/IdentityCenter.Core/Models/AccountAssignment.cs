namespace IdentityCenter.Core.Models
{
    /// <summary>An existing grant: a permission set that a user or group has in one account.</summary>
    public sealed class AccountAssignment
    {
        public string InstanceId { get; set; } = string.Empty;

        public string AccountId { get; set; } = string.Empty;

        public string PermissionSetId { get; set; } = string.Empty;

        public string PrincipalType { get; set; } = string.Empty;

        public string PrincipalId { get; set; } = string.Empty;

        /// <summary>Whether this grant is the one a request describes (principal type compared in any case).</summary>
        public bool Matches(AccountAssignmentRequest request) =>
            request != null
            && string.Equals(AccountId, request.AccountId, System.StringComparison.Ordinal)
            && string.Equals(PermissionSetId, request.PermissionSetId, System.StringComparison.Ordinal)
            && string.Equals(PrincipalId, request.PrincipalId, System.StringComparison.Ordinal)
            && string.Equals(PrincipalType, request.PrincipalType, System.StringComparison.OrdinalIgnoreCase);

        public override string ToString() => PermissionSetId + " for " + PrincipalType + " " + PrincipalId + " on account " + AccountId;
    }
}
