namespace IdentityCenter.Emulator;

/// <summary>Reply of ListPermissionSets.</summary>
internal sealed record PermissionSetListDto(IReadOnlyList<PermissionSetDto> PermissionSets, PageInfoDto PageInfo);
