using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;

namespace IdentityCenter.PowerShell.Output
{
    /// <summary>
    /// A policy document as PowerShell objects, the shape ConvertFrom-Json gives: objects become PSCustomObjects with
    /// their members in document order, arrays become object[], numbers long or double.
    /// </summary>
    internal static class PolicyDocumentObject
    {
        /// <exception cref="JsonException">The text is not JSON.</exception>
        public static object? Parse(string json)
        {
            using var document = JsonDocument.Parse(json);
            return Convert(document.RootElement);
        }

        private static object? Convert(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var result = new PSObject();
                    foreach (var member in element.EnumerateObject())
                    {
                        // A repeated key keeps its last value, as JSON readers commonly do.
                        result.Properties.Remove(member.Name);
                        result.Properties.Add(new PSNoteProperty(member.Name, Convert(member.Value)));
                    }

                    return result;
                case JsonValueKind.Array:
                    return element.EnumerateArray().Select(Convert).ToArray();
                case JsonValueKind.String:
                    return element.GetString();
                case JsonValueKind.Number:
                    return element.TryGetInt64(out var whole) ? whole : (object)double.Parse(element.GetRawText(), CultureInfo.InvariantCulture);
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                default:
                    return null;
            }
        }
    }
}
