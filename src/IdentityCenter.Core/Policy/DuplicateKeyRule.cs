using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace IdentityCenter.Core.Policy
{
    /// <summary>
    /// Repeated keys are legal JSON text but readers disagree on which copy wins, so the service could act on a
    /// different statement than the one the author reads. Every object in the document is searched, including
    /// values of unknown keys.
    /// </summary>
    internal static class DuplicateKeyRule
    {
        public static void Check(JsonElement value, string path, PolicyFindingCollector findings)
        {
            if (value.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(item, PolicyPath.Element(path, index++), findings);
                }
            }
            else if (value.ValueKind == JsonValueKind.Object)
            {
                CheckObject(value, path, findings);
            }
        }

        private static void CheckObject(JsonElement jsonObject, string path, PolicyFindingCollector findings)
        {
            var counts = new Dictionary<string, int>(System.StringComparer.Ordinal);
            var repeated = new List<string>();
            foreach (var property in jsonObject.EnumerateObject())
            {
                counts.TryGetValue(property.Name, out var count);
                counts[property.Name] = count + 1;
                if (count == 1)
                {
                    repeated.Add(property.Name);
                }
            }

            foreach (var name in repeated)
            {
                findings.Error(
                    PolicyPath.Member(path, name),
                    PolicyFindingCodes.DuplicateKey,
                    "The key " + JsonValueText.Quote(name) + " appears " + counts[name].ToString(CultureInfo.InvariantCulture) +
                    " times in the same object; each key may appear once, because JSON readers disagree on which copy counts.");
            }

            foreach (var property in jsonObject.EnumerateObject())
            {
                Check(property.Value, PolicyPath.Member(path, property.Name), findings);
            }
        }
    }
}
