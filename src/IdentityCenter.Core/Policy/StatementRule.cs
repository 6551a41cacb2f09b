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

        private static readonly string[] ElementNames = { Sid, Effect, Action, NotAction, Resource, NotResource, Condition };

        public static void Check(JsonElement statement, string path, PolicyFindingCollector findings)
        {
            var members = new JsonObjectMembers(statement);
            UnknownKeyRule.Check(
                members,
                path,
                ElementNames,
                "a statement",
                "Sid, Effect, Action or NotAction, Resource or NotResource, and Condition",
                findings);

            if (members.TryGet(Sid, out var sid) && sid.ValueKind != JsonValueKind.String)
            {
                findings.Error(
                    PolicyPath.Member(path, Sid),
                    PolicyFindingCodes.SidValue,
                    "Sid is " + JsonValueText.Describe(sid) + "; when present it must be a string naming the statement.");
            }

            CheckEffect(members, path, findings);
            CheckActions(members, path, findings);
            CheckResources(members, path, findings);

            if (members.TryGet(Condition, out var condition))
            {
                ConditionRule.Check(condition, PolicyPath.Member(path, Condition), findings);
            }
        }

        private static void CheckEffect(JsonObjectMembers members, string path, PolicyFindingCollector findings)
        {
            if (!members.TryGet(Effect, out var effect))
            {
                findings.Error(path, PolicyFindingCodes.EffectMissing, "The statement has no Effect; it needs \"Effect\": \"Allow\" or \"Effect\": \"Deny\".");
                return;
            }

            var text = effect.ValueKind == JsonValueKind.String ? effect.GetString() : null;
            if (text == "Allow" || text == "Deny")
            {
                return;
            }

            var caseHint = text != null && (string.Equals(text, "Allow", System.StringComparison.OrdinalIgnoreCase) ||
                string.Equals(text, "Deny", System.StringComparison.OrdinalIgnoreCase))
                ? " (the value is case-sensitive)"
                : string.Empty;
            findings.Error(
                PolicyPath.Member(path, Effect),
                PolicyFindingCodes.EffectValue,
                "Effect is " + JsonValueText.Describe(effect) + "; it must be exactly \"Allow\" or \"Deny\"" + caseHint + ".");
        }

        private static void CheckActions(JsonObjectMembers members, string path, PolicyFindingCollector findings)
        {
            var hasAction = members.TryGet(Action, out var action);
            var hasNotAction = members.TryGet(NotAction, out var notAction);
            if (hasAction && hasNotAction)
            {
                findings.Error(
                    path,
                    PolicyFindingCodes.ActionConflict,
                    "The statement has both Action and NotAction; use exactly one: Action lists the actions it covers, NotAction the ones it excludes.");
            }
            else if (!hasAction && !hasNotAction)
            {
                findings.Error(
                    path,
                    PolicyFindingCodes.ActionMissing,
                    "The statement has neither Action nor NotAction; it needs exactly one, such as \"Action\": [\"obs:bucket:listBucket\"].");
            }

            if (hasAction)
            {
                ActionRule.Check(Action, action, PolicyPath.Member(path, Action), findings);
            }

            if (hasNotAction)
            {
                ActionRule.Check(NotAction, notAction, PolicyPath.Member(path, NotAction), findings);
            }
        }

        private static void CheckResources(JsonObjectMembers members, string path, PolicyFindingCollector findings)
        {
            var hasResource = members.TryGet(Resource, out var resource);
            var hasNotResource = members.TryGet(NotResource, out var notResource);
            if (hasResource && hasNotResource)
            {
                findings.Error(
                    path,
                    PolicyFindingCodes.ResourceConflict,
                    "The statement has both Resource and NotResource; use at most one: Resource lists the resources it covers, NotResource the ones it excludes.");
            }

            if (hasResource)
            {
                ResourceRule.Check(Resource, resource, PolicyPath.Member(path, Resource), findings);
            }

            if (hasNotResource)
            {
                ResourceRule.Check(NotResource, notResource, PolicyPath.Member(path, NotResource), findings);
            }
        }
    }
}
