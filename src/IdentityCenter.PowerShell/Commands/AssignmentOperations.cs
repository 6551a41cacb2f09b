using IdentityCenter.Core.Models;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>The words -WhatIf, -Confirm and error messages use for account assignments and provisioning.</summary>
    internal static class AssignmentOperations
    {
        public static ItemOperation Change(AccountAssignmentRequest request, AssignmentOperation operation) =>
            new ItemOperation(
                "permission set " + request.PermissionSetId + " for " + Principal(request.PrincipalType, request.PrincipalId) + " on account " + request.AccountId + " in instance " + request.InstanceId,
                operation == AssignmentOperation.Create ? "Grant" : "Remove grant",
                operation == AssignmentOperation.Create ? "grant" : "remove the grant of",
                request);

        public static ItemOperation Provision(ProvisionPermissionSetRequest request) =>
            new ItemOperation(
                "permission set " + request.PermissionSetId + " in instance " + request.InstanceId,
                request.AccountId == null ? "Provision to all accounts it is provisioned to" : "Provision to account " + request.AccountId,
                "provision",
                request);

        /// <summary>A read: the failure phrase completes "Could not read …".</summary>
        public static ItemOperation Read(string what, object resource) =>
            new ItemOperation(what, "Read", "read", resource);

        public static string Principal(string? principalType, string? principalId) =>
            (PrincipalTypes.Normalize(principalType) == PrincipalTypes.User ? "user " : "group ") + principalId;
    }
}
