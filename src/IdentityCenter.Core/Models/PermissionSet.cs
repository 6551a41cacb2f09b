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

        /// <summary>
        /// True when a create did not see its own reply and took this existing set, which matches every field asked
        /// for and was made while the create's attempts ran, as the set it made. <see cref="OutcomeNote"/> says why.
        /// </summary>
        public bool Adopted { get; set; }

        /// <summary>What is not certain about this result, in words; null when nothing is.</summary>
        public string? OutcomeNote { get; set; }

        public override string ToString() => Name + " (" + PermissionSetId + ")";
    }
}
