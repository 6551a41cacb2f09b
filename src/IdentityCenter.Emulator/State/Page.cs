namespace IdentityCenter.Emulator.State;

/// <summary>One page of a listing; <see cref="NextMarker"/> is null on the last page.</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, string? NextMarker);
