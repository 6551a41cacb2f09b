using System;
using System.Collections.Generic;
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

        public static ItemOperation ListInstances() =>
            new ItemOperation("the Identity Center instances of the account", "List", "list", "instances");

        /// <param name="lookingFor">What is looked up, as the message names it: <c>permission set ps-…</c>, <c>permission sets named 'Ops*'</c>.</param>
        public static ItemOperation GetPermissionSets(string instanceId, string lookingFor) =>
            new ItemOperation(lookingFor + " in instance " + instanceId, "Get", "get", lookingFor);

        public static ItemOperation UpdatePermissionSet(UpdatePermissionSetRequest request) =>
            new ItemOperation(PermissionSetTarget(request.InstanceId, request.PermissionSetId), "Update", "update", request);

        public static ItemOperation RemovePermissionSet(string instanceId, string permissionSetId) =>
            new ItemOperation(PermissionSetTarget(instanceId, permissionSetId), "Remove", "remove", PermissionSetTarget(instanceId, permissionSetId));

        public static ItemOperation GetCustomPolicy(string instanceId, string permissionSetId) =>
            new ItemOperation(PermissionSetTarget(instanceId, permissionSetId), "Get custom policy", "get the custom policy of", PermissionSetTarget(instanceId, permissionSetId));

        public static ItemOperation RemoveCustomPolicy(string instanceId, string permissionSetId) =>
            new ItemOperation(PermissionSetTarget(instanceId, permissionSetId), "Remove custom policy", "remove the custom policy of", PermissionSetTarget(instanceId, permissionSetId));

        public static ItemOperation ListManagedPolicies(string instanceId, string permissionSetId) =>
            new ItemOperation(PermissionSetTarget(instanceId, permissionSetId), "List managed policies", "list the managed policies of", PermissionSetTarget(instanceId, permissionSetId));

        public static ItemOperation AttachManagedPolicy(AttachManagedPolicyRequest request) =>
            new ItemOperation(
                PermissionSetTarget(request.InstanceId, request.PermissionSetId),
                "Attach managed policy " + (request.PolicyName ?? request.PolicyId),
                "attach managed policy " + request.PolicyId + " to",
                request);

        public static ItemOperation DetachManagedPolicy(string instanceId, string permissionSetId, string policyId) =>
            new ItemOperation(
                PermissionSetTarget(instanceId, permissionSetId),
                "Detach managed policy " + policyId,
                "detach managed policy " + policyId + " from",
                PermissionSetTarget(instanceId, permissionSetId));

        public static ItemOperation GetTags(string permissionSetId) =>
            new ItemOperation("permission set " + permissionSetId, "Get tags", "get the tags of", "permission set " + permissionSetId);

        public static ItemOperation AddTags(string permissionSetId, IReadOnlyCollection<string> keys) =>
            new ItemOperation(
                "permission set " + permissionSetId,
                "Add or replace tags " + string.Join(", ", keys),
                "tag",
                "permission set " + permissionSetId);

        public static ItemOperation RemoveTags(string permissionSetId, IReadOnlyCollection<string> keys) =>
            new ItemOperation(
                "permission set " + permissionSetId,
                "Remove tags " + string.Join(", ", keys),
                "remove tags from",
                "permission set " + permissionSetId);

        public override string ToString() => Action + " " + Target;

        private static string PermissionSetTarget(string instanceId, string permissionSetId) =>
            "permission set " + permissionSetId + " in instance " + instanceId;
    }
}
