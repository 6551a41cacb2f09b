using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Core.Validation
{
    /// <summary>The checks of account-assignment and provisioning requests, made before anything is signed or sent.</summary>
    public static class AssignmentValidator
    {
        public static void Validate(AccountAssignmentRequest request)
        {
            RequestValidator.ValidateInstanceId("InstanceId", request.InstanceId);
            RequestValidator.ValidatePermissionSetId("PermissionSetId", request.PermissionSetId);
            ValidatePrincipalType(request.PrincipalType);
            RequestValidator.ValidateIdentifier("PrincipalId", request.PrincipalId);
            RequestValidator.ValidateIdentifier("AccountId", request.AccountId);
        }

        public static void Validate(ProvisionPermissionSetRequest request)
        {
            RequestValidator.ValidateInstanceId("InstanceId", request.InstanceId);
            RequestValidator.ValidatePermissionSetId("PermissionSetId", request.PermissionSetId);
            if (request.AccountId != null)
            {
                RequestValidator.ValidateIdentifier("AccountId", request.AccountId);
            }
        }

        public static void ValidatePrincipalType(string? value)
        {
            if (PrincipalTypes.Normalize(value) == null)
            {
                throw new IdcValidationException(
                    "PrincipalType",
                    string.IsNullOrEmpty(value) ? "the value is empty" : "'" + value + "' is not a principal type",
                    "Use " + PrincipalTypes.User + " or " + PrincipalTypes.Group);
            }
        }

        /// <summary>A status filter of the request listings: null (no filter) or one of <see cref="RequestStates"/>.</summary>
        public static void ValidateStatusFilter(string? value)
        {
            if (value != null && RequestStates.Normalize(value) == null)
            {
                throw new IdcValidationException(
                    "Status",
                    "'" + value + "' is not a request status",
                    "Use " + string.Join(", ", RequestStates.All));
            }
        }

        public static void ValidateProvisioningFilter(string? value)
        {
            if (value != null && ProvisioningStates.Normalize(value) == null)
            {
                throw new IdcValidationException(
                    "ProvisioningStatus",
                    "'" + value + "' is not a provisioning status",
                    "Use " + string.Join(" or ", ProvisioningStates.All));
            }
        }
    }
}
