namespace IdentityCenter.Core.Models
{
    /// <summary>Which change an account-assignment request makes.</summary>
    public enum AssignmentOperation
    {
        Create,
        Delete,
    }

    /// <summary>AccountAssignmentOperationStatusDto: a creation or deletion of a grant, with the grant it is about.</summary>
    public sealed class AccountAssignmentStatus : AsyncRequestStatus
    {
        public AssignmentOperation Operation { get; set; }

        /// <summary>Empty in the status listings, which give only the request id, status and date.</summary>
        public string? PermissionSetId { get; set; }

        public string? PrincipalType { get; set; }

        public string? PrincipalId { get; set; }

        /// <summary>The account (target_id).</summary>
        public string? AccountId { get; set; }

        public string? TargetType { get; set; }

        public override string Describe()
        {
            var verb = Operation == AssignmentOperation.Create ? "grant " : "remove ";
            return PermissionSetId == null
                ? (Operation == AssignmentOperation.Create ? "account assignment creation" : "account assignment deletion")
                : verb + PermissionSetId + " for " + PrincipalType + " " + PrincipalId + " on account " + AccountId;
        }
    }
}
