using System.Collections.Generic;
using System.Text.Json.Serialization;

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
}
