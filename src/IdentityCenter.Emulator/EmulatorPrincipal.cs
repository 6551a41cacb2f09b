namespace IdentityCenter.Emulator;

/// <summary>A user or group of the identity store that account assignments can name (principal_id).</summary>
public sealed record EmulatorPrincipal(string Id, string Name);
