using System;
using System.Collections.Generic;
using IdentityCenter.Core.Models;

namespace IdentityCenter.PowerShell.Output
{
    /// <summary>
    /// The PSTypeName each output object carries before its .NET type name. The format file selects views by these
    /// names and scripts may match on them, so they stay the same when a class moves to another namespace or assembly.
    /// </summary>
    internal static class OutputTypeNames
    {
        public const string PermissionSet = "IdentityCenter.PermissionSet";
        public const string CustomPolicyAssignment = "IdentityCenter.CustomPolicyAssignment";
        public const string PolicyFinding = "IdentityCenter.PolicyFinding";
        public const string Context = "IdentityCenter.Context";
        public const string AccountAssignment = "IdentityCenter.AccountAssignment";
        public const string AccountAssignmentStatus = "IdentityCenter.AccountAssignmentStatus";
        public const string PermissionSetProvisioningStatus = "IdentityCenter.PermissionSetProvisioningStatus";
        public const string ProvisionedPermissionSet = "IdentityCenter.ProvisionedPermissionSet";
        public const string Instance = "IdentityCenter.Instance";
        public const string ManagedPolicy = "IdentityCenter.ManagedPolicy";
        public const string PermissionSetTag = "IdentityCenter.PermissionSetTag";

        public static IReadOnlyDictionary<Type, string> ByType { get; } = new Dictionary<Type, string>
        {
            [typeof(PermissionSet)] = PermissionSet,
            [typeof(CustomPolicyAssignment)] = CustomPolicyAssignment,
            [typeof(PolicyCheckFinding)] = PolicyFinding,
            [typeof(IdcContext)] = Context,
            [typeof(AccountAssignment)] = AccountAssignment,
            [typeof(AccountAssignmentStatus)] = AccountAssignmentStatus,
            [typeof(PermissionSetProvisioningStatus)] = PermissionSetProvisioningStatus,
            [typeof(ProvisionedPermissionSet)] = ProvisionedPermissionSet,
            [typeof(IdentityCenterInstance)] = Instance,
            [typeof(AttachedManagedPolicy)] = ManagedPolicy,
            [typeof(PermissionSetTagEntry)] = PermissionSetTag,
        };

        /// <exception cref="ArgumentException">The type is not one the module writes.</exception>
        public static string For(Type type) =>
            ByType.TryGetValue(type, out var name) ? name : throw new ArgumentException(type.FullName + " is not an output type of the module.", nameof(type));
    }
}
