using System.Collections.Generic;

namespace IdentityCenter.Core.Models
{
    /// <summary>CreatePermissionSet: <c>POST /v1/instances/{instance_id}/permission-sets</c>.</summary>
    public sealed class CreatePermissionSetRequest
    {
        public string InstanceId { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string? Description { get; set; }

        public string? RelayState { get; set; }

        /// <summary>An ISO-8601 duration such as <c>PT8H</c>.</summary>
        public string? SessionDuration { get; set; }

        public IList<PermissionSetTag> Tags { get; set; } = new List<PermissionSetTag>();
    }
}
