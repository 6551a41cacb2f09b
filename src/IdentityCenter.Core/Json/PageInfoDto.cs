using System.Text.Json.Serialization;

namespace IdentityCenter.Core.Json
{
    internal sealed class PageInfoDto
    {
        [JsonPropertyName("next_marker")]
        public string? NextMarker { get; set; }

        [JsonPropertyName("current_count")]
        public int CurrentCount { get; set; }
    }
}
