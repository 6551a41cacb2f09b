using IdentityCenter.Core.Policy;
using static IdentityCenter.Core.Tests.Policy.FindingAssert;

namespace IdentityCenter.Core.Tests.Policy;

public class StatementRuleTests
{
    [Theory]
    [InlineData("Allow")]
    [InlineData("Deny")]
    public void Allow_and_deny_are_the_effects(string effect)
    {
        Clean(PolicyDocuments.WithStatement("{\"Effect\":\"" + effect + "\",\"Action\":\"obs:bucket:listBucket\"}"));
    }

    [Fact]
    public void A_missing_effect_is_an_error_at_the_statement()
    {
        var finding = SingleError(PolicyDocuments.WithStatement("""{"Action":"obs:bucket:listBucket"}"""), PolicyFindingCodes.EffectMissing, "$.Statement[0]");
        Assert.Contains("\"Allow\"", finding.Message);
    }

    [Fact]
    public void Effect_in_the_wrong_case_is_an_error_that_says_the_value_is_case_sensitive()
    {
        var finding = SingleError(
            PolicyDocuments.WithStatement("""{"Effect":"allow","Action":"obs:bucket:listBucket"}"""),
            PolicyFindingCodes.EffectValue,
            "$.Statement[0].Effect");
        Assert.Contains("'allow'", finding.Message);
        Assert.Contains("case-sensitive", finding.Message);
    }

    [Theory]
    [InlineData("\"DENY\"")]
    [InlineData("\"Permit\"")]
    [InlineData("\"\"")]
    [InlineData("true")]
    [InlineData("1")]
    [InlineData("null")]
    [InlineData("[\"Allow\"]")]
    public void Any_other_effect_is_an_error(string effect)
    {
        SingleError(
            PolicyDocuments.WithStatement("""{"Effect":""" + effect + ""","Action":"obs:bucket:listBucket"}"""),
            PolicyFindingCodes.EffectValue,
            "$.Statement[0].Effect");
    }

    [Fact]
    public void A_string_sid_is_accepted()
    {
        Clean(PolicyDocuments.WithStatement(PolicyDocuments.AllowStatementWith("\"Sid\":\"ListBuckets\"")));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("null")]
    [InlineData("[\"a\"]")]
    public void A_sid_that_is_not_a_string_is_an_error(string sid)
    {
        SingleError(PolicyDocuments.WithStatement(PolicyDocuments.AllowStatementWith("\"Sid\":" + sid)), PolicyFindingCodes.SidValue, "$.Statement[0].Sid");
    }

    [Fact]
    public void Principal_is_a_warning_saying_identity_policies_do_not_take_it()
    {
        var text = PolicyDocuments.WithStatement(PolicyDocuments.AllowStatementWith("""
            "Principal":{"IAM":["0a6d25d23900d45c0faac010e0fb4de0"]}
            """));
        var finding = SingleWarning(text, PolicyFindingCodes.UnknownKey, "$.Statement[0].Principal");
        Assert.Contains("'Principal'", finding.Message);
        Assert.Contains("identity policy", finding.Message);
    }

    [Fact]
    public void An_unknown_statement_key_is_a_warning_naming_it_and_the_allowed_elements()
    {
        var finding = SingleWarning(
            PolicyDocuments.WithStatement(PolicyDocuments.AllowStatementWith("\"Comment\":\"temporary\"")),
            PolicyFindingCodes.UnknownKey,
            "$.Statement[0].Comment");
        Assert.Contains("'Comment'", finding.Message);
        Assert.Contains("NotResource", finding.Message);
    }

    [Fact]
    public void A_statement_key_in_the_wrong_case_suggests_the_element()
    {
        var text = PolicyDocuments.WithStatement("""{"effect":"Allow","Action":"obs:bucket:listBucket"}""");
        Assert.Equal(
            new[]
            {
                (PolicyFindingSeverity.Warning, PolicyFindingCodes.UnknownKey, "$.Statement[0].effect"),
                (PolicyFindingSeverity.Error, PolicyFindingCodes.EffectMissing, "$.Statement[0]"),
            },
            Summary(text));
        Assert.Contains("write 'Effect'", PolicyChecker.Check(text)[0].Message);
    }

    [Fact]
    public void An_empty_statement_lacks_effect_and_action()
    {
        Assert.Equal(
            new[]
            {
                (PolicyFindingSeverity.Error, PolicyFindingCodes.EffectMissing, "$.Statement[0]"),
                (PolicyFindingSeverity.Error, PolicyFindingCodes.ActionMissing, "$.Statement[0]"),
            },
            Summary(PolicyDocuments.WithStatement("{}")));
    }
}
