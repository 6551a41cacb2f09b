using System.Text.Json;

namespace IdentityCenter.Core.Policy
{
    /// <summary>The value of Action or NotAction: one action string, or a non-empty array of them.</summary>
    internal static class ActionRule
    {
        private const string Allowed = "a string or a non-empty array of strings such as [\"obs:bucket:listBucket\"]";

        public static void Check(string elementName, ref Utf8JsonReader reader, PolicyScan scan, PolicyFindingCollector findings)
        {
            var entries = StringListValue.CheckEach(elementName, ref reader, scan, findings, PolicyFindingCodes.ActionValue, "an action string", Allowed, CheckAction);
            if (entries == 0)
            {
                findings.Error(scan.Path.Render(), PolicyFindingCodes.ActionValue, elementName + " is an empty array; it must be " + Allowed + ".");
            }
        }

        private static void CheckAction(string elementName, ref Utf8JsonReader reader, PolicyScan scan, PolicyFindingCollector findings)
        {
            // Escaped text is rare in an action; it takes the string road, where the escapes are undone.
            if (!reader.ValueIsEscaped && ActionShape.IsWellShaped(reader.ValueSpan))
            {
                return;
            }

            var action = reader.GetString()!;
            var problem = ActionShape.FindProblem(action);
            if (problem != null)
            {
                findings.Error(
                    scan.Path.Render(),
                    PolicyFindingCodes.ActionShape,
                    "The " + elementName + " entry " + JsonValueText.Quote(action) + " is not shaped service:resourceType:operation: " + problem +
                    ". Each of the three parts holds letters, digits, '_', '-', '*' or '?' (for example obs:bucket:listBucket or ecs:*:get*), and '*' alone means every action.");
            }
        }
    }
}
