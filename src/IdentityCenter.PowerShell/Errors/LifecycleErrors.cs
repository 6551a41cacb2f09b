using System;
using System.Management.Automation;
using IdentityCenter.PowerShell.Commands;

namespace IdentityCenter.PowerShell.Errors
{
    /// <summary>
    /// The lifecycle commands' own failures, which are not service errors: a name with no set, a set with no custom
    /// policy, a create-or-get that found the name taken by a set with other values. Each is for one item only.
    /// </summary>
    internal static class LifecycleErrors
    {
        public const string PermissionSetNotFoundId = "IdentityCenter.PermissionSetNotFound";
        public const string CustomPolicyNotFoundId = "IdentityCenter.CustomPolicyNotFound";
        public const string PermissionSetConflictId = "IdentityCenter.PermissionSetConflict";

        public static ErrorDescription NoPermissionSetNamed(string name, string instanceId)
        {
            var message = "No permission set named '" + name + "' in instance " + instanceId + ".";
            return new ErrorDescription(
                new ItemNotFoundException(message),
                PermissionSetNotFoundId,
                ErrorCategory.ObjectNotFound,
                message,
                "Check the name (names are case-sensitive), or list the instance's sets with Get-IdcPermissionSet -InstanceId " + instanceId + ".",
                name,
                "permission set '" + name + "'",
                isTerminating: false);
        }

        public static ErrorDescription NotNamed(Core.Models.PermissionSet found, string name, string instanceId)
        {
            var message = "Permission set " + found.PermissionSetId + " in instance " + instanceId + " is named '" + found.Name + "', not '" + name + "'.";
            return new ErrorDescription(
                new ItemNotFoundException(message),
                PermissionSetNotFoundId,
                ErrorCategory.ObjectNotFound,
                message,
                "Give -PermissionSetId or -Name alone, or both of the same set.",
                name,
                "permission set " + found.PermissionSetId + " named '" + name + "'",
                isTerminating: false);
        }

        public static ErrorDescription NoCustomPolicy(ItemOperation operation)
        {
            var message = "Could not " + operation.FailurePhrase + " " + operation.Target + ": it has no custom policy.";
            return new ErrorDescription(
                new ItemNotFoundException(message),
                CustomPolicyNotFoundId,
                ErrorCategory.ObjectNotFound,
                message,
                "Attach one with Set-IdcCustomPolicy.",
                operation.Resource,
                operation.Target,
                isTerminating: false);
        }

        public static ErrorDescription Conflict(PermissionSetConflictException conflict, ItemOperation operation) =>
            new ErrorDescription(
                conflict ?? throw new ArgumentNullException(nameof(conflict)),
                PermissionSetConflictId,
                ErrorCategory.ResourceExists,
                "Could not " + operation.FailurePhrase + " " + operation.Target + ": " + conflict.Message,
                "Give the values the set has, change it with Set-IdcPermissionSet (the name cannot change), or choose another name. " +
                "The exception's Differences list each field.",
                operation.Resource,
                operation.Target,
                isTerminating: false);
    }
}
