namespace IdentityCenter.Emulator.State;

/// <summary>A tag kept on a permission set: key 1-128 characters, value 0-255 (never null).</summary>
public sealed record PermissionSetTag(string Key, string Value);
