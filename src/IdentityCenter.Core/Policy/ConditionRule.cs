using System.Text.Json;

namespace IdentityCenter.Core.Policy
{
    /// <summary>
    /// Condition is { operator: { condition key: value or values } }. Operator names are only checked for their look:
    /// the full operator list is not published, so an unfamiliar name is a warning and the service has the last word.
    /// </summary>
    internal static class ConditionRule
    {
        private const string Example = "{\"StringEquals\":{\"g:ResourceAccount\":[\"...\"]}}";
        private const string IfExistsSuffix = "IfExists";

        public static void Check(JsonElement condition, string path, PolicyFindingCollector findings)
        {
            if (condition.ValueKind != JsonValueKind.Object)
            {
                findings.Error(
                    path,
                    PolicyFindingCodes.ConditionValue,
                    "Condition is " + JsonValueText.Describe(condition) + "; it must be an object mapping operators to condition keys, such as " + Example + ".");
                return;
            }

            var operators = new JsonObjectMembers(condition);
            foreach (var operatorName in operators.Names)
            {
                operators.TryGet(operatorName, out var keys);
                CheckOperator(operatorName, keys, PolicyPath.Member(path, operatorName), findings);
            }
        }

        private static void CheckOperator(string operatorName, JsonElement keys, string path, PolicyFindingCollector findings)
        {
            if (!LooksLikeOperator(operatorName))
            {
                findings.Warning(
                    path,
                    PolicyFindingCodes.ConditionOperator,
                    "The condition operator " + JsonValueText.Quote(operatorName) +
                    " does not look like one: operators are letters only, optionally ending in IfExists (such as StringEquals, StringEndWithIfExists or Bool). " +
                    "The full operator list is not published, so the service has the last word.");
            }

            if (keys.ValueKind != JsonValueKind.Object)
            {
                findings.Error(
                    path,
                    PolicyFindingCodes.ConditionValue,
                    "The operator " + JsonValueText.Quote(operatorName) + " maps to " + JsonValueText.Describe(keys) +
                    "; it must map to an object of condition keys and their values, such as " + Example + ".");
                return;
            }

            var members = new JsonObjectMembers(keys);
            foreach (var key in members.Names)
            {
                members.TryGet(key, out var values);
                CheckValues(key, values, PolicyPath.Member(path, key), findings);
            }
        }

        private static void CheckValues(string key, JsonElement values, string path, PolicyFindingCollector findings)
        {
            const string Allowed = "a string, or a non-empty array of strings, numbers or booleans";
            switch (values.ValueKind)
            {
                case JsonValueKind.String:
                    break;
                case JsonValueKind.Array when values.GetArrayLength() == 0:
                    findings.Error(
                        path,
                        PolicyFindingCodes.ConditionValue,
                        "The condition key " + JsonValueText.Quote(key) + " has an empty array of values; it must have " + Allowed + ".");
                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in values.EnumerateArray())
                    {
                        var itemPath = PolicyPath.Element(path, index++);
                        if (!IsScalar(item))
                        {
                            findings.Error(
                                itemPath,
                                PolicyFindingCodes.ConditionValue,
                                "Each value of the condition key " + JsonValueText.Quote(key) + " must be a string, number or boolean, but this one is " +
                                JsonValueText.Describe(item) + ".");
                        }
                    }

                    break;
                default:
                    findings.Error(
                        path,
                        PolicyFindingCodes.ConditionValue,
                        "The condition key " + JsonValueText.Quote(key) + " has " + JsonValueText.Describe(values) + " as its value; it must have " + Allowed + ".");
                    break;
            }
        }

        private static bool IsScalar(JsonElement value) =>
            value.ValueKind == JsonValueKind.String || value.ValueKind == JsonValueKind.Number ||
            value.ValueKind == JsonValueKind.True || value.ValueKind == JsonValueKind.False;

        private static bool LooksLikeOperator(string name)
        {
            if (name.Length == 0 || name == IfExistsSuffix)
            {
                return false;
            }

            foreach (var c in name)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
