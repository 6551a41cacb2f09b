namespace IdentityCenter.Emulator;

/// <summary>{"permission_set": …}, the reply of Create and Describe.</summary>
internal sealed record PermissionSetEnvelope(PermissionSetDto PermissionSet);
