using System.Text.Json;

namespace IdentityCenter.Core.Policy
{
    /// <summary>The value of Action or NotAction: one action string, or a non-empty array of them.</summary>
    internal static class ActionRule
    {
        private const string Allowed = "a string or a non-empty array of strings such as [\"obs:bucket:listBucket\"]";

        public static void Check(string elementName, JsonElement value, string path, PolicyFindingCollector findings)
        {
            if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0)
            {
                findings.Error(path, PolicyFindingCodes.ActionValue, elementName + " is an empty array; it must be " + Allowed + ".");
                return;
            }

            StringListValue.CheckEach(
                elementName,
                value,
                path,
                findings,
                PolicyFindingCodes.ActionValue,
                "an action string",
                Allowed,
                (entry, entryPath) => CheckAction(elementName, entry, entryPath, findings));
        }

        private static void CheckAction(string elementName, string action, string path, PolicyFindingCollector findings)
        {
            var problem = ActionShape.FindProblem(action);
            if (problem != null)
            {
                findings.Error(
                    path,
                    PolicyFindingCodes.ActionShape,
                    "The " + elementName + " entry " + JsonValueText.Quote(action) + " is not shaped service:resourceType:operation: " + problem +
                    ". Each of the three parts holds letters, digits, '_', '-', '*' or '?' (for example obs:bucket:listBucket or ecs:*:get*), and '*' alone means every action.");
            }
        }
    }
}
