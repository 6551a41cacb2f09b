namespace IdentityCenter.Emulator;

/// <summary>Reply of GET /v3/auth/domains.</summary>
internal sealed record DomainListDto(IReadOnlyList<DomainDto> Domains);
