namespace IdentityCenter.Emulator;

/// <summary>Wire form of a tag. Both members are nullable so a null value can be reported, not swallowed.</summary>
internal sealed class TagDto
{
    public string? Key { get; set; }

    public string? Value { get; set; }
}
