using System;
using System.Globalization;
using IdentityCenter.Core.Models;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// One pipeline item's change, in the words -WhatIf, -Confirm and error messages use, with the request it is about.
    /// </summary>
    internal sealed class ItemOperation
    {
        public ItemOperation(string target, string action, string failurePhrase, object resource, string? key = null)
        {
            Key = key;
            Target = target;
            Action = action;
            FailurePhrase = failurePhrase;
            Resource = resource ?? throw new ArgumentNullException(nameof(resource));
        }

        /// <summary>The human target of ShouldProcess: <c>permission set 'Admins' in instance ins-…</c>.</summary>
        public string Target { get; }

        /// <summary>The ShouldProcess action: <c>Create</c>.</summary>
        public string Action { get; }

        /// <summary>Completes "Could not … {Target}": <c>create</c>.</summary>
        public string FailurePhrase { get; }

        /// <summary>The request, which becomes the error's TargetObject.</summary>
        public object Resource { get; }

        /// <summary>What the change is to; two items with the same key are never in flight together, so they apply in order.</summary>
        public string? Key { get; }

        public static ItemOperation CreatePermissionSet(CreatePermissionSetRequest request) =>
            new ItemOperation(
                "permission set '" + request.Name + "' in instance " + request.InstanceId,
                "Create",
                "create",
                request,
                "permission set name " + request.InstanceId + "/" + request.Name);

        public static ItemOperation PutCustomPolicy(PutCustomPolicyRequest request) =>
            new ItemOperation(
                "permission set " + request.PermissionSetId + " in instance " + request.InstanceId,
                "Set custom policy (" + (request.Policy ?? string.Empty).Length.ToString(CultureInfo.InvariantCulture) + " characters)",
                "set the custom policy of",
                request,
                "permission set " + request.InstanceId + "/" + request.PermissionSetId);

        public override string ToString() => Action + " " + Target;
    }
}
