using IdentityCenter.Core.Signing;

namespace IdentityCenter.Core
{
    internal static partial class ApiPaths
    {
        /// <summary>The resource type the tags routes take for a permission set.</summary>
        public const string PermissionSetResourceType = "identitycenter:permissionset";

        public static string PermissionSet(string instanceId, string permissionSetId) =>
            PermissionSets(instanceId) + "/" + PercentEncoder.Encode(permissionSetId);

        public static string AttachManagedPolicy(string instanceId, string permissionSetId) =>
            PermissionSet(instanceId, permissionSetId) + "/attach-managed-policy";

        public static string DetachManagedPolicy(string instanceId, string permissionSetId) =>
            PermissionSet(instanceId, permissionSetId) + "/detach-managed-policy";

        public static string ManagedPolicies(string instanceId, string permissionSetId) =>
            PermissionSet(instanceId, permissionSetId) + "/managed-policies";

        /// <summary>Tags live outside any instance: the path names the resource type and id instead.</summary>
        public static string PermissionSetTags(string permissionSetId) =>
            Instances + "/" + PercentEncoder.Encode(PermissionSetResourceType) + "/" + PercentEncoder.Encode(permissionSetId) + "/tags";

        public static string CreatePermissionSetTags(string permissionSetId) => PermissionSetTags(permissionSetId) + "/create";

        public static string DeletePermissionSetTags(string permissionSetId) => PermissionSetTags(permissionSetId) + "/delete";
    }
}
