using IdentityCenter.Core.Models;
using IdentityCenter.Core.Signing;

namespace IdentityCenter.Core
{
    /// <summary>The paths of account assignments and provisioning.</summary>
    internal static partial class ApiPaths
    {
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
    }
}
