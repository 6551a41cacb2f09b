namespace IdentityCenter.Emulator.State;

/// <summary>A system policy (identity policy or legacy role) attached to a permission set, in attach order.</summary>
public sealed record AttachedPolicy(long Sequence, string Id, string Name);
