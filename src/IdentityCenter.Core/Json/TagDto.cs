using System.Text.Json.Serialization;

namespace IdentityCenter.Core.Json
{
    internal sealed class TagDto
    {
        [JsonPropertyName("key")]
        public string Key { get; set; } = string.Empty;

        [JsonPropertyName("value")]
        public string Value { get; set; } = string.Empty;
    }
}
