namespace IdentityCenter.Emulator;

/// <summary>Reply of ListInstances.</summary>
internal sealed record InstanceListDto(IReadOnlyList<InstanceDto> Instances, PageInfoDto PageInfo);
