using System.Text.Json.Serialization;

namespace IdentityCenter.Core.Json
{
    internal sealed class PermissionSetEnvelope
    {
        [JsonPropertyName("permission_set")]
        public PermissionSetDto? PermissionSet { get; set; }
    }
}
