using System.Text.Json;
using System.Text.Json.Serialization;

namespace IdentityCenter.Core.Json
{
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
        public JsonElement CreatedDate { get; set; }

        [JsonPropertyName("permission_urn")]
        public string? PermissionUrn { get; set; }
    }
}
