using System;

namespace IdentityCenter.Core.Models
{
    /// <summary>A permission set as the service describes it, with the instance it belongs to.</summary>
    public sealed class PermissionSet
    {
        public string PermissionSetId { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string? Description { get; set; }

        public string? RelayState { get; set; }

        public string? SessionDuration { get; set; }

        public DateTimeOffset? CreatedDate { get; set; }

        public string? PermissionUrn { get; set; }

        public string InstanceId { get; set; } = string.Empty;

        public override string ToString() => Name + " (" + PermissionSetId + ")";
    }
}
