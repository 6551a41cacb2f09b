using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IdentityCenter.Core.Json
{
    // The bodies and replies of the permission-set lifecycle: update, managed policies and tags. Each mirrors the
    // API's field names; the client maps them to models.

    /// <summary>UpdatePermissionSet: every field optional, and a field left out keeps its value.</summary>
    internal sealed class UpdatePermissionSetBody
    {
        [JsonPropertyName("description")]
        public string? Description { get; set; }

        [JsonPropertyName("relay_state")]
        public string? RelayState { get; set; }

        [JsonPropertyName("session_duration")]
        public string? SessionDuration { get; set; }
    }

    internal sealed class AttachManagedPolicyBody
    {
        [JsonPropertyName("managed_policy_id")]
        public string ManagedPolicyId { get; set; } = string.Empty;

        [JsonPropertyName("managed_policy_name")]
        public string? ManagedPolicyName { get; set; }
    }

    internal sealed class DetachManagedPolicyBody
    {
        [JsonPropertyName("managed_policy_id")]
        public string ManagedPolicyId { get; set; } = string.Empty;
    }

    internal sealed class ManagedPolicyDto
    {
        [JsonPropertyName("policy_id")]
        public string? PolicyId { get; set; }

        [JsonPropertyName("policy_name")]
        public string? PolicyName { get; set; }
    }

    internal sealed class ManagedPolicyPage
    {
        [JsonPropertyName("attached_managed_policies")]
        public List<ManagedPolicyDto>? AttachedManagedPolicies { get; set; }

        [JsonPropertyName("page_info")]
        public PageInfoDto? PageInfo { get; set; }
    }

    /// <summary>The body of tags/create and tags/delete.</summary>
    internal sealed class TagsBody
    {
        [JsonPropertyName("tags")]
        public List<TagDto> Tags { get; set; } = new List<TagDto>();
    }

    internal sealed class TagPage
    {
        [JsonPropertyName("tags")]
        public List<TagDto>? Tags { get; set; }

        [JsonPropertyName("page_info")]
        public PageInfoDto? PageInfo { get; set; }
    }
}
