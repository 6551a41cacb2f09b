using System.Collections.Generic;
using System.Linq;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Core
{
    /// <summary>
    /// The safe rule for a grant or removal whose reply was lost: when the repeat is refused as a conflict (or, for a
    /// removal, as not found), the earlier attempt may have done the work. The grant is looked up and its state reported
    /// instead of the refusal; only when the look-up does not show the change is the refusal the answer.
    /// </summary>
    internal static class AssignmentAdoption
    {
        public static bool MayBeOwnEarlierAttempt(IdcServiceException refusal) =>
            refusal.OutcomeUnknown != null && (refusal.StatusCode == 409 || ServiceErrorCodes.MeansAbsent(refusal));

        /// <summary>A SUCCEEDED status when the grants show the change made (present after a create, absent after a delete).</summary>
        public static AccountAssignmentStatus? FromGrants(AccountAssignmentRequest request, AssignmentOperation operation, IEnumerable<AccountAssignment> grants)
        {
            var present = grants.Any(g => g.Matches(request));
            if (present != (operation == AssignmentOperation.Create))
            {
                return null;
            }

            var status = Settled(request, operation);
            status.Note = operation == AssignmentOperation.Create
                ? "The grant of " + request + " exists: an earlier attempt whose reply was lost (or another caller) made it, so it is reported as SUCCEEDED."
                : "The grant of " + request + " no longer exists: an earlier attempt whose reply was lost (or another caller) removed it, so the removal is reported as SUCCEEDED.";
            return status;
        }

        /// <summary>The request itself when it is still in progress for the same grant, so a wait can follow it.</summary>
        public static AccountAssignmentStatus? FromPendingRequest(AccountAssignmentRequest request, AccountAssignmentStatus candidate)
        {
            if (candidate.Status != RequestStates.InProgress
                || candidate.AccountId != request.AccountId
                || candidate.PermissionSetId != request.PermissionSetId
                || candidate.PrincipalId != request.PrincipalId
                || !string.Equals(candidate.PrincipalType, request.PrincipalType, System.StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            candidate.Note = "An earlier attempt whose reply was lost started request " + candidate.RequestId + " for " + request + "; it is reported instead of the refused repeat.";
            return candidate;
        }

        private static AccountAssignmentStatus Settled(AccountAssignmentRequest request, AssignmentOperation operation) => new AccountAssignmentStatus
        {
            InstanceId = request.InstanceId,
            Operation = operation,
            Status = RequestStates.Succeeded,
            PermissionSetId = request.PermissionSetId,
            PrincipalType = PrincipalTypes.Normalize(request.PrincipalType) ?? request.PrincipalType,
            PrincipalId = request.PrincipalId,
            AccountId = request.AccountId,
            TargetType = TargetTypes.Account,
        };
    }
}
