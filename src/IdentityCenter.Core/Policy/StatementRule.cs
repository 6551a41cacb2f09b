using System;
using System.Text;
using System.Text.Json;

namespace IdentityCenter.Core.Policy
{
    /// <summary>One statement: Sid, Effect, exactly one of Action and NotAction, at most one of Resource and NotResource, Condition.</summary>
    internal static class StatementRule
    {
        private const string Sid = "Sid";
        private const string Effect = "Effect";
        private const string Action = "Action";
        private const string NotAction = "NotAction";
        private const string Resource = "Resource";
        private const string NotResource = "NotResource";
        private const string Condition = "Condition";
        private const string Allow = "Allow";
        private const string Deny = "Deny";

        // Indices into ElementNames.
        private const int SidElement = 0;
        private const int EffectElement = 1;
        private const int ActionElement = 2;
        private const int NotActionElement = 3;
        private const int ResourceElement = 4;
        private const int NotResourceElement = 5;
        private const int ConditionElement = 6;

        private static readonly string[] ElementNames = { Sid, Effect, Action, NotAction, Resource, NotResource, Condition };
        private static readonly byte[][] Utf8ElementNames = Array.ConvertAll(ElementNames, Encoding.UTF8.GetBytes);
        private static readonly byte[] Utf8Allow = Encoding.UTF8.GetBytes(Allow);
        private static readonly byte[] Utf8Deny = Encoding.UTF8.GetBytes(Deny);

        /// <summary>The reader stands on the statement's StartObject; findings go to <paramref name="findings"/> when it closes.</summary>
        public static void Check(ref Utf8JsonReader reader, PolicyScan scan, PolicyFindingCollector findings)
        {
            var keys = scan.BeginObject(ref reader);
            Span<int> entries = stackalloc int[ElementNames.Length];
            entries.Fill(-1);
            while (scan.NextMember(ref reader, keys, out var entry))
            {
                var element = keys.Name(entry).IndexIn(Utf8ElementNames);
                if (element < 0)
                {
                    UnknownKeyRule.Check(
                        keys,
                        entry,
                        scan.Path,
                        ElementNames,
                        "a statement",
                        "Sid, Effect, Action or NotAction, Resource or NotResource, and Condition");
                    scan.Skip(ref reader);
                }
                else
                {
                    entries[element] = entry;
                    CheckElement(element, ref reader, scan, keys.Findings(entry));
                }

                scan.EndMember();
            }

            var path = scan.Path;
            findings.AddFrom(keys.KeyFindings);
            keys.CopyFindings(entries[SidElement], findings);

            if (entries[EffectElement] < 0)
            {
                findings.Error(path.Render(), PolicyFindingCodes.EffectMissing, "The statement has no Effect; it needs \"Effect\": \"Allow\" or \"Effect\": \"Deny\".");
            }

            keys.CopyFindings(entries[EffectElement], findings);

            var hasAction = entries[ActionElement] >= 0;
            var hasNotAction = entries[NotActionElement] >= 0;
            if (hasAction && hasNotAction)
            {
                findings.Error(
                    path.Render(),
                    PolicyFindingCodes.ActionConflict,
                    "The statement has both Action and NotAction; use exactly one: Action lists the actions it covers, NotAction the ones it excludes.");
            }
            else if (!hasAction && !hasNotAction)
            {
                findings.Error(
                    path.Render(),
                    PolicyFindingCodes.ActionMissing,
                    "The statement has neither Action nor NotAction; it needs exactly one, such as \"Action\": [\"obs:bucket:listBucket\"].");
            }

            keys.CopyFindings(entries[ActionElement], findings);
            keys.CopyFindings(entries[NotActionElement], findings);

            if (entries[ResourceElement] >= 0 && entries[NotResourceElement] >= 0)
            {
                findings.Error(
                    path.Render(),
                    PolicyFindingCodes.ResourceConflict,
                    "The statement has both Resource and NotResource; use at most one: Resource lists the resources it covers, NotResource the ones it excludes.");
            }

            keys.CopyFindings(entries[ResourceElement], findings);
            keys.CopyFindings(entries[NotResourceElement], findings);
            keys.CopyFindings(entries[ConditionElement], findings);
            scan.EndObject(keys);
        }

        private static void CheckElement(int element, ref Utf8JsonReader reader, PolicyScan scan, PolicyFindingCollector findings)
        {
            switch (element)
            {
                case SidElement:
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        findings.Error(scan.Path.Render(), PolicyFindingCodes.SidValue, "Sid is " + scan.Describe(ref reader) + "; when present it must be a string naming the statement.");
                        scan.Skip(ref reader);
                    }

                    break;
                case EffectElement:
                    CheckEffect(ref reader, scan, findings);
                    break;
                case ActionElement:
                case NotActionElement:
                    ActionRule.Check(ElementNames[element], ref reader, scan, findings);
                    break;
                case ResourceElement:
                case NotResourceElement:
                    ResourceRule.Check(ElementNames[element], ref reader, scan, findings);
                    break;
                default:
                    ConditionRule.Check(ref reader, scan, findings);
                    break;
            }
        }

        private static void CheckEffect(ref Utf8JsonReader reader, PolicyScan scan, PolicyFindingCollector findings)
        {
            var isString = reader.TokenType == JsonTokenType.String;
            if (isString && (reader.ValueTextEquals(Utf8Allow) || reader.ValueTextEquals(Utf8Deny)))
            {
                return;
            }

            var text = isString ? reader.GetString() : null;
            var caseHint = text != null && (string.Equals(text, Allow, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(text, Deny, StringComparison.OrdinalIgnoreCase))
                ? " (the value is case-sensitive)"
                : string.Empty;
            findings.Error(
                scan.Path.Render(),
                PolicyFindingCodes.EffectValue,
                "Effect is " + scan.Describe(ref reader) + "; it must be exactly \"Allow\" or \"Deny\"" + caseHint + ".");
            scan.Skip(ref reader);
        }
    }
}
