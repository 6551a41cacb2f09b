using IdentityCenter.Core.Policy;

namespace IdentityCenter.Core.Tests.Policy;

public class PolicyFindingTests
{
    [Fact]
    public void To_string_is_severity_path_and_message()
    {
        var finding = Assert.Single(PolicyChecker.Check(PolicyDocuments.WithStatement("""{"Effect":"allow","Action":"obs:bucket:listBucket"}""")));
        Assert.Equal("Error $.Statement[0].Effect: " + finding.Message, finding.ToString());
        Assert.StartsWith("Effect is the string 'allow'", finding.Message);
    }

    [Fact]
    public void A_warning_prints_as_a_warning()
    {
        var finding = Assert.Single(PolicyChecker.Check(PolicyDocuments.WithStatement(PolicyDocuments.AllowStatementWith("\"Resource\":\"all\""))));
        Assert.Equal("Warning $.Statement[0].Resource: " + finding.Message, finding.ToString());
    }

    [Fact]
    public void Warnings_alone_are_not_errors()
    {
        var text = """{"Version":"5.0","Id":"x","Statement":[{"Effect":"Allow","Action":"obs:bucket:listBucket","Resource":"all","Principal":"*"}]}""";
        var findings = PolicyChecker.Check(text);
        Assert.Equal(3, findings.Count);
        Assert.All(findings, finding => Assert.Equal(PolicyFindingSeverity.Warning, finding.Severity));
        Assert.False(findings.HasErrors());
    }

    [Fact]
    public void One_error_among_warnings_makes_the_document_erroneous()
    {
        var text = """{"Version":"5.0","Id":"x","Statement":[{"Effect":"Allow","Action":"obs:bucket","Resource":"all"}]}""";
        var findings = PolicyChecker.Check(text);
        Assert.Equal(3, findings.Count);
        Assert.True(findings.HasErrors());
    }

    [Fact]
    public void No_findings_means_no_errors()
    {
        Assert.False(PolicyChecker.Check(PolicyDocuments.OfficialExample).HasErrors());
    }

    [Fact]
    public void Null_input_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => PolicyChecker.Check(null!));
    }

    [Fact]
    public void Long_values_and_control_characters_are_shortened_and_spelled_out_in_messages()
    {
        var longEffect = "Allow\n" + new string('x', 200);
        var finding = Assert.Single(PolicyChecker.Check(PolicyDocuments.WithStatement("{\"Effect\":\"" + longEffect.Replace("\n", "\\n") + "\",\"Action\":\"*\"}")));
        Assert.DoesNotContain("\n", finding.Message);
        Assert.Contains("Allow\\u000axxx", finding.Message);
        Assert.Contains("...'", finding.Message);
        Assert.True(finding.Message.Length < 200, finding.Message);
    }
}
