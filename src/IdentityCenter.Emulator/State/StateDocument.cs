namespace IdentityCenter.Emulator.State;

/// <summary>What the data file holds. A version number lets a later format refuse an older file clearly.</summary>
internal sealed record StateDocument(int FormatVersion, IReadOnlyList<InstanceSnapshot> Instances)
{
    public const int CurrentFormatVersion = 1;
}
