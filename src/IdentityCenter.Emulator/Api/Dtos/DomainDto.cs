namespace IdentityCenter.Emulator;

/// <summary>One entry of GET /v3/auth/domains, the Keystone-style call SDKs use to discover the domain id.</summary>
internal sealed record DomainDto(string Id, string Name, bool Enabled);
