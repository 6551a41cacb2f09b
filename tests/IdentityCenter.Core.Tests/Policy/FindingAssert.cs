using IdentityCenter.Core.Policy;

namespace IdentityCenter.Core.Tests.Policy;

internal static class FindingAssert
{
    /// <summary>Asserts the document yields exactly one finding, with this severity, code and path, and returns it.</summary>
    public static PolicyFinding Single(string policyJson, PolicyFindingSeverity severity, string code, string path)
    {
        var findings = PolicyChecker.Check(policyJson);
        var finding = Assert.Single(findings);
        Assert.Equal((severity, code, path), (finding.Severity, finding.Code, finding.Path));
        return finding;
    }

    public static PolicyFinding SingleError(string policyJson, string code, string path) =>
        Single(policyJson, PolicyFindingSeverity.Error, code, path);

    public static PolicyFinding SingleWarning(string policyJson, string code, string path)
    {
        var finding = Single(policyJson, PolicyFindingSeverity.Warning, code, path);
        Assert.False(PolicyChecker.Check(policyJson).HasErrors());
        return finding;
    }

    public static void Clean(string policyJson) => Assert.Empty(PolicyChecker.Check(policyJson));

    /// <summary>The (severity, code, path) of every finding, in order, for documents with several findings.</summary>
    public static (PolicyFindingSeverity, string, string)[] Summary(string policyJson) =>
        PolicyChecker.Check(policyJson).Select(f => (f.Severity, f.Code, f.Path)).ToArray();
}
