namespace IdentityCenter.Emulator;

/// <summary>Body of UpdatePermissionSet; an absent member keeps its stored value (the name cannot change).</summary>
internal sealed class UpdatePermissionSetRequest
{
    public string? Description { get; set; }

    public string? RelayState { get; set; }

    public string? SessionDuration { get; set; }
}
