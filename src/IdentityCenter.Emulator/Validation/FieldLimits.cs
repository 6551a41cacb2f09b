namespace IdentityCenter.Emulator.Validation;

/// <summary>Documented field constraints of the permission-set APIs (lengths in characters).</summary>
internal static class FieldLimits
{
    public const int NameMax = 32;
    public const int DescriptionMax = 1024;
    public const int RelayStateMax = 240;
    public const int SessionDurationMax = 100;
    public const int TagsMax = 50;
    public const int TagKeyMax = 128;
    public const int TagValueMax = 255;
    public const int CustomPolicyMax = 131072;
    public const int ManagedPolicyNameMax = 128;
    public const int LimitMin = 1;
    public const int LimitMax = 100;
}
