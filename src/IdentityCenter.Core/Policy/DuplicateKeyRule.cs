using System.Globalization;

namespace IdentityCenter.Core.Policy
{
    /// <summary>
    /// Repeated keys are legal JSON text but readers disagree on which copy wins, so the service could act on a
    /// different statement than the one the author reads. Every object in the document is searched, including
    /// values of unknown keys: the scan reports each object's repeats as it closes.
    /// </summary>
    internal static class DuplicateKeyRule
    {
        public static PolicyFinding Finding(string path, JsonName name, int occurrences) =>
            new PolicyFinding(
                PolicyFindingSeverity.Error,
                path,
                PolicyFindingCodes.DuplicateKey,
                "The key " + JsonValueText.Quote(name.ToString()) + " appears " + occurrences.ToString(CultureInfo.InvariantCulture) +
                " times in the same object; each key may appear once, because JSON readers disagree on which copy counts.");
    }
}
