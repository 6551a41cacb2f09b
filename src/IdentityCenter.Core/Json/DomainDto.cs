using System.Text.Json.Serialization;

namespace IdentityCenter.Core.Json
{
    internal sealed class DomainDto
    {
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        [JsonPropertyName("name")]
        public string? Name { get; set; }
    }
}
