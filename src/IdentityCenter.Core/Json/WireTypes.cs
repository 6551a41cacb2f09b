using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

// The API's request and reply bodies, as the wire spells them; IdcJsonContext beside this file (de)serialises them.
namespace IdentityCenter.Core.Json
{
    internal sealed class CreatePermissionSetBody
    {
        [JsonPropertyName("name")]
        public string Name { get; set; } = string.Empty;

        [JsonPropertyName("description")]
        public string? Description { get; set; }

        [JsonPropertyName("relay_state")]
        public string? RelayState { get; set; }

        [JsonPropertyName("session_duration")]
        public string? SessionDuration { get; set; }

        [JsonPropertyName("tags")]
        public List<TagDto>? Tags { get; set; }
    }

    /// <summary>The policy document travels as a JSON string value, not as a nested object.</summary>
    internal sealed class CustomPolicyBody
    {
        [JsonPropertyName("custom_policy")]
        public string CustomPolicy { get; set; } = string.Empty;
    }

    internal sealed class PermissionSetDto
    {
        [JsonPropertyName("permission_set_id")]
        public string? PermissionSetId { get; set; }

        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("description")]
        public string? Description { get; set; }

        [JsonPropertyName("relay_state")]
        public string? RelayState { get; set; }

        [JsonPropertyName("session_duration")]
        public string? SessionDuration { get; set; }

        /// <summary>Epoch milliseconds; one model of the API types it as a string, so both forms are read.</summary>
        [JsonPropertyName("created_date")]
        [JsonConverter(typeof(EpochMillisecondsConverter))]
        public DateTimeOffset? CreatedDate { get; set; }

        [JsonPropertyName("permission_urn")]
        public string? PermissionUrn { get; set; }
    }

    internal sealed class PermissionSetPage
    {
        [JsonPropertyName("permission_sets")]
        public List<PermissionSetDto>? PermissionSets { get; set; }

        [JsonPropertyName("page_info")]
        public PageInfoDto? PageInfo { get; set; }
    }

    internal sealed class InstancePage
    {
        [JsonPropertyName("instances")]
        public List<InstanceDto>? Instances { get; set; }

        [JsonPropertyName("page_info")]
        public PageInfoDto? PageInfo { get; set; }
    }

    internal sealed class InstanceDto
    {
        [JsonPropertyName("instance_id")]
        public string? InstanceId { get; set; }

        [JsonPropertyName("identity_store_id")]
        public string? IdentityStoreId { get; set; }

        [JsonPropertyName("alias")]
        public string? Alias { get; set; }

        [JsonPropertyName("instance_urn")]
        public string? InstanceUrn { get; set; }
    }

    internal sealed class PageInfoDto
    {
        [JsonPropertyName("next_marker")]
        public string? NextMarker { get; set; }

        [JsonPropertyName("current_count")]
        public int CurrentCount { get; set; }
    }

    internal sealed class TagDto
    {
        [JsonPropertyName("key")]
        public string Key { get; set; } = string.Empty;

        [JsonPropertyName("value")]
        public string Value { get; set; } = string.Empty;
    }

    internal sealed class DomainList
    {
        [JsonPropertyName("domains")]
        public List<DomainDto>? Domains { get; set; }
    }

    internal sealed class DomainDto
    {
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        [JsonPropertyName("name")]
        public string? Name { get; set; }
    }

    /// <summary>ListTagsForResource: the tags of one resource, a page at a time.</summary>
    internal sealed class TagPage
    {
        [JsonPropertyName("tags")]
        public List<TagDto>? Tags { get; set; }

        [JsonPropertyName("page_info")]
        public PageInfoDto? PageInfo { get; set; }
    }

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
}
