namespace IdentityCenter.Emulator;

/// <summary>The shape of the startup banner.</summary>
public enum BannerFormat
{
    /// <summary>"Label: value" lines, the listening line first.</summary>
    Text,

    /// <summary>One JSON object on a single line (--print-json).</summary>
    Json,
}
