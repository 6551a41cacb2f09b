using System.Text.Json;

namespace IdentityCenter.Core.Policy
{
    /// <summary>The value of Action or NotAction: one action string, or a non-empty array of them.</summary>
    internal static class ActionRule
    {
        private const string Allowed = "a string or a non-empty array of strings such as [\"obs:bucket:listBucket\"]";

        public static void Check(string elementName, JsonElement value, string path, PolicyFindingCollector findings)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    CheckAction(elementName, value.GetString()!, path, findings);
                    break;
                case JsonValueKind.Array when value.GetArrayLength() == 0:
                    findings.Error(path, PolicyFindingCodes.ActionValue, elementName + " is an empty array; it must be " + Allowed + ".");
                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        var itemPath = PolicyPath.Element(path, index++);
                        if (item.ValueKind == JsonValueKind.String)
                        {
                            CheckAction(elementName, item.GetString()!, itemPath, findings);
                        }
                        else
                        {
                            findings.Error(
                                itemPath,
                                PolicyFindingCodes.ActionValue,
                                "Each entry of " + elementName + " must be an action string, but this one is " + JsonValueText.Describe(item) + ".");
                        }
                    }

                    break;
                default:
                    findings.Error(path, PolicyFindingCodes.ActionValue, elementName + " is " + JsonValueText.Describe(value) + "; it must be " + Allowed + ".");
                    break;
            }
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
