using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IdentityCenter.Core.Json
{
    internal sealed class PermissionSetPage
    {
        [JsonPropertyName("permission_sets")]
        public List<PermissionSetDto>? PermissionSets { get; set; }

        [JsonPropertyName("page_info")]
        public PageInfoDto? PageInfo { get; set; }
    }
}
