using System.Text.Json.Serialization;

namespace IdentityCenter.Core.Json
{
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
}
