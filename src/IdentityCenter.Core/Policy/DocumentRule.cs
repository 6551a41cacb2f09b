using System.Text.Json;

namespace IdentityCenter.Core.Policy
{
    /// <summary>The top level of an identity policy: Version "5.0" and a non-empty Statement array of objects.</summary>
    internal static class DocumentRule
    {
        private const string Version = "Version";
        private const string Statement = "Statement";

        // Identity policies (custom_policy) use grammar 5.0; 1.1 is the legacy grammar of custom roles (custom_role).
        private const string IdentityPolicyVersion = "5.0";
        private const string LegacyRoleVersion = "1.1";

        private static readonly string[] ElementNames = { Version, Statement };

        public static void Check(JsonElement document, PolicyFindingCollector findings)
        {
            var members = new JsonObjectMembers(document);
            UnknownKeyRule.Check(members, PolicyPath.Root, ElementNames, "a policy document", "Version and Statement", findings);
            CheckVersion(members, findings);
            CheckStatements(members, findings);
        }

        private static void CheckVersion(JsonObjectMembers members, PolicyFindingCollector findings)
        {
            if (!members.TryGet(Version, out var version))
            {
                findings.Error(PolicyPath.Root, PolicyFindingCodes.VersionMissing, "The document has no Version; an identity policy needs \"Version\": \"5.0\".");
                return;
            }

            if (version.ValueKind == JsonValueKind.String && version.GetString() == IdentityPolicyVersion)
            {
                return;
            }

            var path = PolicyPath.Member(PolicyPath.Root, Version);
            string message;
            if (version.ValueKind == JsonValueKind.Number)
            {
                message = "Version is " + JsonValueText.Describe(version) + "; it must be the string \"5.0\", in quotes.";
            }
            else if (version.ValueKind == JsonValueKind.String && version.GetString() == LegacyRoleVersion)
            {
                message = "Version is \"1.1\", the legacy grammar of custom roles; a custom identity policy must have Version \"5.0\".";
            }
            else
            {
                message = "Version is " + JsonValueText.Describe(version) + "; an identity policy must have Version \"5.0\".";
            }

            findings.Error(path, PolicyFindingCodes.VersionValue, message);
        }

        private static void CheckStatements(JsonObjectMembers members, PolicyFindingCollector findings)
        {
            if (!members.TryGet(Statement, out var statements))
            {
                findings.Error(
                    PolicyPath.Root,
                    PolicyFindingCodes.StatementMissing,
                    "The document has no Statement; it needs \"Statement\": [ ... ] with at least one statement object.");
                return;
            }

            var path = PolicyPath.Member(PolicyPath.Root, Statement);
            if (statements.ValueKind != JsonValueKind.Array || statements.GetArrayLength() == 0)
            {
                var found = statements.ValueKind == JsonValueKind.Array ? "an empty array" : JsonValueText.Describe(statements);
                findings.Error(path, PolicyFindingCodes.StatementValue, "Statement is " + found + "; it must be an array of at least one statement object.");
                return;
            }

            var index = 0;
            foreach (var statement in statements.EnumerateArray())
            {
                var statementPath = PolicyPath.Element(path, index++);
                if (statement.ValueKind == JsonValueKind.Object)
                {
                    StatementRule.Check(statement, statementPath, findings);
                }
                else
                {
                    findings.Error(
                        statementPath,
                        PolicyFindingCodes.StatementNotObject,
                        "This statement is " + JsonValueText.Describe(statement) + "; each statement must be an object such as {\"Effect\":\"Allow\",\"Action\":[...]}.");
                }
            }
        }
    }
}
