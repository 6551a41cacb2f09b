using System;
using System.Text.Json;

namespace IdentityCenter.Core.Policy
{
    /// <summary>
    /// The shape Action, NotAction, Resource and NotResource share: one string, or an array of strings, each of which
    /// the caller checks at its own path. An empty array is the caller's to judge before this runs.
    /// </summary>
    internal static class StringListValue
    {
        /// <param name="entryNoun">What each array entry must be, for the message: "an action string", "a string".</param>
        public static void CheckEach(
            string elementName,
            JsonElement value,
            string path,
            PolicyFindingCollector findings,
            string valueCode,
            string entryNoun,
            string allowed,
            Action<string, string> checkEntry)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    checkEntry(value.GetString()!, path);
                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        var itemPath = PolicyPath.Element(path, index++);
                        if (item.ValueKind == JsonValueKind.String)
                        {
                            checkEntry(item.GetString()!, itemPath);
                        }
                        else
                        {
                            findings.Error(
                                itemPath,
                                valueCode,
                                "Each entry of " + elementName + " must be " + entryNoun + ", but this one is " + JsonValueText.Describe(item) + ".");
                        }
                    }

                    break;
                default:
                    findings.Error(path, valueCode, elementName + " is " + JsonValueText.Describe(value) + "; it must be " + allowed + ".");
                    break;
            }
        }
    }
}
