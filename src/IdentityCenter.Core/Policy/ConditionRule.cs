using System;
using System.Text;
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
        private static readonly byte[] IfExistsSuffix = Encoding.UTF8.GetBytes("IfExists");

        public static void Check(ref Utf8JsonReader reader, PolicyScan scan, PolicyFindingCollector findings)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                findings.Error(
                    scan.Path.Render(),
                    PolicyFindingCodes.ConditionValue,
                    "Condition is " + scan.Describe(ref reader) + "; it must be an object mapping operators to condition keys, such as " + Example + ".");
                scan.Skip(ref reader);
                return;
            }

            var operators = scan.BeginObject(ref reader);
            while (scan.NextMember(ref reader, operators, out var entry))
            {
                CheckOperator(operators.Name(entry), ref reader, scan, operators.Findings(entry));
                scan.EndMember();
            }

            CopyAll(operators, findings);
            scan.EndObject(operators);
        }

        private static void CheckOperator(JsonName operatorName, ref Utf8JsonReader reader, PolicyScan scan, PolicyFindingCollector findings)
        {
            if (!LooksLikeOperator(operatorName.Span))
            {
                findings.Warning(
                    scan.Path.Render(),
                    PolicyFindingCodes.ConditionOperator,
                    "The condition operator " + JsonValueText.Quote(operatorName.ToString()) +
                    " does not look like one: operators are letters only, optionally ending in IfExists (such as StringEquals, StringEndWithIfExists or Bool). " +
                    "The full operator list is not published, so the service has the last word.");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                findings.Error(
                    scan.Path.Render(),
                    PolicyFindingCodes.ConditionValue,
                    "The operator " + JsonValueText.Quote(operatorName.ToString()) + " maps to " + scan.Describe(ref reader) +
                    "; it must map to an object of condition keys and their values, such as " + Example + ".");
                scan.Skip(ref reader);
                return;
            }

            var keys = scan.BeginObject(ref reader);
            while (scan.NextMember(ref reader, keys, out var entry))
            {
                CheckValues(keys.Name(entry), ref reader, scan, keys.Findings(entry));
                scan.EndMember();
            }

            CopyAll(keys, findings);
            scan.EndObject(keys);
        }

        private static void CheckValues(JsonName key, ref Utf8JsonReader reader, PolicyScan scan, PolicyFindingCollector findings)
        {
            const string Allowed = "a string, or a non-empty array of strings, numbers or booleans";
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    break;
                case JsonTokenType.StartArray:
                    var index = 0;
                    for (; scan.NextElement(ref reader, index); index++)
                    {
                        if (!IsScalar(reader.TokenType))
                        {
                            findings.Error(
                                scan.Path.Render(),
                                PolicyFindingCodes.ConditionValue,
                                "Each value of the condition key " + JsonValueText.Quote(key.ToString()) + " must be a string, number or boolean, but this one is " +
                                scan.Describe(ref reader) + ".");
                            scan.Skip(ref reader);
                        }

                        scan.EndElement();
                    }

                    if (index == 0)
                    {
                        findings.Error(
                            scan.Path.Render(),
                            PolicyFindingCodes.ConditionValue,
                            "The condition key " + JsonValueText.Quote(key.ToString()) + " has an empty array of values; it must have " + Allowed + ".");
                    }

                    break;
                default:
                    findings.Error(
                        scan.Path.Render(),
                        PolicyFindingCodes.ConditionValue,
                        "The condition key " + JsonValueText.Quote(key.ToString()) + " has " + scan.Describe(ref reader) + " as its value; it must have " + Allowed + ".");
                    scan.Skip(ref reader);
                    break;
            }
        }

        /// <summary>Each distinct key's findings in the order the keys first appear.</summary>
        private static void CopyAll(ObjectKeys keys, PolicyFindingCollector findings)
        {
            for (var entry = 0; entry < keys.Count; entry++)
            {
                keys.CopyFindings(entry, findings);
            }
        }

        private static bool IsScalar(JsonTokenType token) =>
            token == JsonTokenType.String || token == JsonTokenType.Number || token == JsonTokenType.True || token == JsonTokenType.False;

        private static bool LooksLikeOperator(ReadOnlySpan<byte> name)
        {
            if (name.Length == 0 || name.SequenceEqual(IfExistsSuffix))
            {
                return false;
            }

            foreach (var b in name)
            {
                if (!((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
