using System.Text.Json;

namespace IdentityCenter.Core.Policy
{
    /// <summary>
    /// The shape Action, NotAction, Resource and NotResource share: one string, or an array of strings, each of which
    /// the caller checks at its own path.
    /// </summary>
    internal static class StringListValue
    {
        /// <summary>Checks one entry; the reader stands on a string and the path on the entry.</summary>
        public delegate void EntryCheck(string elementName, ref Utf8JsonReader reader, PolicyScan scan, PolicyFindingCollector findings);

        /// <param name="entryNoun">What each array entry must be, for the message: "an action string", "a string".</param>
        /// <returns>How many entries the array has, so the caller can judge an empty one; -1 when the value is no array.</returns>
        public static int CheckEach(
            string elementName,
            ref Utf8JsonReader reader,
            PolicyScan scan,
            PolicyFindingCollector findings,
            string valueCode,
            string entryNoun,
            string allowed,
            EntryCheck checkEntry)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    checkEntry(elementName, ref reader, scan, findings);
                    return -1;
                case JsonTokenType.StartArray:
                    var index = 0;
                    for (; scan.NextElement(ref reader, index); index++)
                    {
                        if (reader.TokenType == JsonTokenType.String)
                        {
                            checkEntry(elementName, ref reader, scan, findings);
                        }
                        else
                        {
                            findings.Error(
                                scan.Path.Render(),
                                valueCode,
                                "Each entry of " + elementName + " must be " + entryNoun + ", but this one is " + scan.Describe(ref reader) + ".");
                            scan.Skip(ref reader);
                        }

                        scan.EndElement();
                    }

                    return index;
                default:
                    findings.Error(scan.Path.Render(), valueCode, elementName + " is " + scan.Describe(ref reader) + "; it must be " + allowed + ".");
                    scan.Skip(ref reader);
                    return -1;
            }
        }
    }
}
