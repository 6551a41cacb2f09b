using IdentityCenter.Emulator.State;

// Shapes shared by every part of the API: the error body, page_info, domains and instances.
namespace IdentityCenter.Emulator.Api;

/// <summary>The service's error shape: {error_code, error_msg, request_id}.</summary>
internal sealed record ErrorBody(string ErrorCode, string ErrorMsg, string RequestId);

/// <summary>page_info of every listing; next_marker is written as null on the last page.</summary>
internal sealed record PageInfoDto(string? NextMarker, int CurrentCount)
{
    public static PageInfoDto Of<T>(Page<T> page) => new(page.NextMarker, page.Items.Count);
}

/// <summary>One entry of GET /v3/auth/domains, the Keystone-style call SDKs use to discover the domain id.</summary>
internal sealed record DomainDto(string Id, string Name, bool Enabled);

/// <summary>Reply of GET /v3/auth/domains.</summary>
internal sealed record DomainListDto(IReadOnlyList<DomainDto> Domains);

/// <summary>InstanceMetadataEntryDto as the service returns it.</summary>
internal sealed record InstanceDto(string InstanceId, string IdentityStoreId, string Alias, string InstanceUrn);

/// <summary>Reply of ListInstances.</summary>
internal sealed record InstanceListDto(IReadOnlyList<InstanceDto> Instances, PageInfoDto PageInfo);

/// <summary>A reply whose body is plain text (the metadata session token), not JSON.</summary>
internal sealed record TextBody(string Text);

/// <summary>The credential of GET /openstack/latest/securitykey, its members spelt as the metadata service spells them.</summary>
internal sealed record MetadataCredentialDto(
    [property: System.Text.Json.Serialization.JsonPropertyName("access")] string Access,
    [property: System.Text.Json.Serialization.JsonPropertyName("secret")] string Secret,
    [property: System.Text.Json.Serialization.JsonPropertyName("securitytoken")] string SecurityToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_at")] string ExpiresAt);

internal sealed record SecurityKeyDto(MetadataCredentialDto Credential);
