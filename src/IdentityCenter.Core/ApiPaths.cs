using System.Collections.Generic;
using System.Text;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Signing;

namespace IdentityCenter.Core
{
    /// <summary>Builds request paths and queries with the same encoding the signature uses, so the two never disagree.</summary>
    internal static class ApiPaths
    {
        public static string PermissionSets(string instanceId) =>
            "/v1/instances/" + PercentEncoder.Encode(instanceId) + "/permission-sets";

        public static string CustomPolicy(string instanceId, string permissionSetId) =>
            PermissionSets(instanceId) + "/" + PercentEncoder.Encode(permissionSetId) + "/custom-policy";

        public static string PermissionSet(string instanceId, string permissionSetId) =>
            PermissionSets(instanceId) + "/" + PercentEncoder.Encode(permissionSetId);

        public static string AttachManagedPolicy(string instanceId, string permissionSetId) =>
            PermissionSet(instanceId, permissionSetId) + "/attach-managed-policy";

        public static string DetachManagedPolicy(string instanceId, string permissionSetId) =>
            PermissionSet(instanceId, permissionSetId) + "/detach-managed-policy";

        public static string ManagedPolicies(string instanceId, string permissionSetId) =>
            PermissionSet(instanceId, permissionSetId) + "/managed-policies";

        /// <summary>ListTagsForResource for a permission set; the resource type travels in the path.</summary>
        public static string PermissionSetTags(string permissionSetId) =>
            "/v1/instances/" + PercentEncoder.Encode(PermissionSetResourceType) + "/" + PercentEncoder.Encode(permissionSetId) + "/tags";

        public static string CreatePermissionSetTags(string permissionSetId) => PermissionSetTags(permissionSetId) + "/create";

        public static string DeletePermissionSetTags(string permissionSetId) => PermissionSetTags(permissionSetId) + "/delete";

        public static string AccountAssignments(string instanceId) => InstancePath(instanceId) + "/account-assignments";

        public static string AccountAssignmentsForPrincipal(string instanceId) => InstancePath(instanceId) + "/account-assignments-for-principals";

        public static string AssignmentChange(string instanceId, AssignmentOperation operation) =>
            AccountAssignments(instanceId) + (operation == AssignmentOperation.Create ? "/create" : "/delete");

        public static string AssignmentStatus(string instanceId, AssignmentOperation operation, string requestId) =>
            AccountAssignments(instanceId) + (operation == AssignmentOperation.Create ? "/creation-status/" : "/deletion-status/") + PercentEncoder.Encode(requestId);

        public static string AssignmentStatuses(string instanceId, AssignmentOperation operation) =>
            AccountAssignments(instanceId) + (operation == AssignmentOperation.Create ? "/creation-statuses" : "/deletion-statuses");

        public static string Provision(string instanceId, string permissionSetId) => PermissionSet(instanceId, permissionSetId) + "/provision";

        public static string ProvisionedAccounts(string instanceId, string permissionSetId) => PermissionSet(instanceId, permissionSetId) + "/accounts";

        public static string ProvisioningStatus(string instanceId, string requestId) =>
            PermissionSets(instanceId) + "/provisioning-status/" + PercentEncoder.Encode(requestId);

        public static string ProvisioningStatuses(string instanceId) => PermissionSets(instanceId) + "/provisioning-statuses";

        public static string ProvisionedToAccount(string instanceId) => PermissionSets(instanceId) + "/provisioned-to-accounts";

        private static string InstancePath(string instanceId) => Instances + "/" + PercentEncoder.Encode(instanceId);

        public const string Instances = "/v1/instances";

        public const string PermissionSetResourceType = "identitycenter:permissionset";

        public const string Domains = "/v3/auth/domains";

        public static string WithQuery(string path, IEnumerable<KeyValuePair<string, string?>> query)
        {
            var builder = new StringBuilder(path);
            var separator = '?';
            foreach (var pair in query)
            {
                if (pair.Value == null)
                {
                    continue;
                }

                builder.Append(separator);
                PercentEncoder.Append(builder, pair.Key);
                builder.Append('=');
                PercentEncoder.Append(builder, pair.Value);
                separator = '&';
            }

            return builder.ToString();
        }
    }
}
