using System.Text.RegularExpressions;

namespace IdentityCenter.Emulator.Validation;

/// <summary>Recognises ISO-8601 durations such as PT8H, PT1H30M, P1D or P1DT2H.</summary>
internal static partial class Iso8601Duration
{
    public static bool IsValid(string value)
    {
        // "P" and "PT" alone match the pattern's optional parts but name no length of time.
        return value.Length > 1 && value != "PT" && !value.EndsWith('T') && Pattern().IsMatch(value);
    }

    [GeneratedRegex(@"^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
