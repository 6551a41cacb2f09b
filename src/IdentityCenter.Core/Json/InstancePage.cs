using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IdentityCenter.Core.Json
{
    internal sealed class InstancePage
    {
        [JsonPropertyName("instances")]
        public List<InstanceDto>? Instances { get; set; }

        [JsonPropertyName("page_info")]
        public PageInfoDto? PageInfo { get; set; }
    }
}
