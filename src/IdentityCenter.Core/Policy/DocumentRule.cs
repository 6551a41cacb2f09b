using System.Text;
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
        private const string StatementsAllowed = "; it must be an array of at least one statement object.";

        private const int VersionElement = 0;
        private const int StatementElement = 1;
        private static readonly string[] ElementNames = { Version, Statement };
        private static readonly byte[][] Utf8ElementNames = { Encoding.UTF8.GetBytes(Version), Encoding.UTF8.GetBytes(Statement) };
        private static readonly byte[] Utf8IdentityPolicyVersion = Encoding.UTF8.GetBytes(IdentityPolicyVersion);
        private static readonly byte[] Utf8LegacyRoleVersion = Encoding.UTF8.GetBytes(LegacyRoleVersion);

        /// <summary>The reader stands on the document's StartObject.</summary>
        public static void Check(ref Utf8JsonReader reader, PolicyScan scan, PolicyFindingCollector findings)
        {
            var keys = scan.BeginObject(ref reader);
            var version = -1;
            var statements = -1;
            while (scan.NextMember(ref reader, keys, out var entry))
            {
                switch (keys.Name(entry).IndexIn(Utf8ElementNames))
                {
                    case VersionElement:
                        version = entry;
                        CheckVersion(ref reader, scan, keys.Findings(entry));
                        break;
                    case StatementElement:
                        statements = entry;
                        CheckStatements(ref reader, scan, keys.Findings(entry));
                        break;
                    default:
                        UnknownKeyRule.Check(keys, entry, scan.Path, ElementNames, "a policy document", "Version and Statement");
                        scan.Skip(ref reader);
                        break;
                }

                scan.EndMember();
            }

            findings.AddFrom(keys.KeyFindings);
            if (version < 0)
            {
                findings.Error(PolicyPath.Root, PolicyFindingCodes.VersionMissing, "The document has no Version; an identity policy needs \"Version\": \"5.0\".");
            }

            keys.CopyFindings(version, findings);
            if (statements < 0)
            {
                findings.Error(
                    PolicyPath.Root,
                    PolicyFindingCodes.StatementMissing,
                    "The document has no Statement; it needs \"Statement\": [ ... ] with at least one statement object.");
            }

            keys.CopyFindings(statements, findings);
            scan.EndObject(keys);
        }

        private static void CheckVersion(ref Utf8JsonReader reader, PolicyScan scan, PolicyFindingCollector findings)
        {
            var isString = reader.TokenType == JsonTokenType.String;
            if (isString && reader.ValueTextEquals(Utf8IdentityPolicyVersion))
            {
                return;
            }

            string message;
            if (reader.TokenType == JsonTokenType.Number)
            {
                message = "Version is " + scan.Describe(ref reader) + "; it must be the string \"5.0\", in quotes.";
            }
            else if (isString && reader.ValueTextEquals(Utf8LegacyRoleVersion))
            {
                message = "Version is \"1.1\", the legacy grammar of custom roles; a custom identity policy must have Version \"5.0\".";
            }
            else
            {
                message = "Version is " + scan.Describe(ref reader) + "; an identity policy must have Version \"5.0\".";
            }

            findings.Error(scan.Path.Render(), PolicyFindingCodes.VersionValue, message);
            scan.Skip(ref reader);
        }

        private static void CheckStatements(ref Utf8JsonReader reader, PolicyScan scan, PolicyFindingCollector findings)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                findings.Error(
                    scan.Path.Render(),
                    PolicyFindingCodes.StatementValue,
                    "Statement is " + scan.Describe(ref reader) + StatementsAllowed);
                scan.Skip(ref reader);
                return;
            }

            var index = 0;
            for (; scan.NextElement(ref reader, index); index++)
            {
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    StatementRule.Check(ref reader, scan, findings);
                }
                else
                {
                    findings.Error(
                        scan.Path.Render(),
                        PolicyFindingCodes.StatementNotObject,
                        "This statement is " + scan.Describe(ref reader) + "; each statement must be an object such as {\"Effect\":\"Allow\",\"Action\":[...]}.");
                    scan.Skip(ref reader);
                }

                scan.EndElement();
            }

            if (index == 0)
            {
                findings.Error(scan.Path.Render(), PolicyFindingCodes.StatementValue, "Statement is an empty array" + StatementsAllowed);
            }
        }
    }
}
