namespace IdentityCenter.Core.Tests.Policy;

/// <summary>Policy texts for the checker tests.</summary>
internal static class PolicyDocuments
{
    /// <summary>The example of the official PutCustomPolicyToPermissionSet page, byte for byte as in the signing vectors.</summary>
    public const string OfficialExample =
        """{"Version":"5.0","Statement":[{"Effect":"Deny","Action":["organizations:ous:delete"],"Condition":{"StringEquals":{"g:ResourceAccount":["0a6d25d23900d45c0faac010e0fb4de0"]}}}]}""";

    public static string WithStatement(string statementJson) => WithStatements(statementJson);

    public static string WithStatements(params string[] statementsJson) =>
        """{"Version":"5.0","Statement":[""" + string.Join(",", statementsJson) + "]}";

    /// <summary>A statement that is valid apart from the given extra members (a leading comma is added).</summary>
    public static string AllowStatementWith(string extraMembers) =>
        """{"Effect":"Allow","Action":["obs:bucket:listBucket"]""" + (extraMembers.Length == 0 ? string.Empty : "," + extraMembers) + "}";

    /// <summary>The official example, grown to exactly <paramref name="length"/> characters by a longer Sid.</summary>
    public static string OfficialExampleOfLength(int length)
    {
        const string Head = "{\"Version\":\"5.0\",\"Statement\":[{\"Sid\":\"";
        const string Tail = "\",\"Effect\":\"Deny\",\"Action\":[\"organizations:ous:delete\"]," +
            "\"Condition\":{\"StringEquals\":{\"g:ResourceAccount\":[\"0a6d25d23900d45c0faac010e0fb4de0\"]}}}]}";
        var document = Head + new string('s', length - Head.Length - Tail.Length) + Tail;
        Assert.Equal(length, document.Length);
        return document;
    }

    /// <summary>A clean policy of many varied statements, as long as fits in <paramref name="length"/> characters.</summary>
    public static string CleanPolicyNear(int length)
    {
        var statements = new List<string>();
        var used = WithStatements().Length;
        for (var i = 0; ; i++)
        {
            var statement = "{\"Sid\":\"S" + i + "\",\"Effect\":\"" + (i % 2 == 0 ? "Allow" : "Deny") +
                "\",\"Action\":[\"obs:bucket:listBucket\",\"ecs:*:get*\"],\"Resource\":[\"obs:*:*:bucket:b" + i + "\",\"*\"]," +
                "\"Condition\":{\"StringEquals\":{\"g:ResourceTag/team\":[\"ops\"]},\"Bool\":{\"g:MFAPresent\":[true]}}}";
            if (used + statement.Length + 1 > length)
            {
                return WithStatements(statements.ToArray());
            }

            used += statement.Length + (statements.Count == 0 ? 0 : 1);
            statements.Add(statement);
        }
    }
}
