using System.Text.Json.Serialization;

namespace IdentityCenter.Core.Json
{
    /// <summary>The policy document travels as a JSON string value, not as a nested object.</summary>
    internal sealed class CustomPolicyBody
    {
        [JsonPropertyName("custom_policy")]
        public string CustomPolicy { get; set; } = string.Empty;
    }
}
