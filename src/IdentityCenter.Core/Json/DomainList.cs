using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IdentityCenter.Core.Json
{
    internal sealed class DomainList
    {
        [JsonPropertyName("domains")]
        public List<DomainDto>? Domains { get; set; }
    }
}
