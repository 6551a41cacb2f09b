namespace IdentityCenter.Emulator;

/// <summary>Body of CreatePermissionSet.</summary>
internal sealed class CreatePermissionSetRequest
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? RelayState { get; set; }

    public string? SessionDuration { get; set; }

    public List<TagDto?>? Tags { get; set; }
}
