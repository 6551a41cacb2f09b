namespace IdentityCenter.Emulator;

/// <summary>page_info of every listing; next_marker is written as null on the last page.</summary>
internal sealed record PageInfoDto(string? NextMarker, int CurrentCount);
