using IdentityCenter.Core.Policy;
using static IdentityCenter.Core.Tests.Policy.FindingAssert;

namespace IdentityCenter.Core.Tests.Policy;

public class DuplicateKeyTests
{
    [Fact]
    public void A_repeated_top_level_key_is_an_error_even_when_both_copies_agree()
    {
        var text = """{"Version":"5.0","Version":"5.0","Statement":[{"Effect":"Allow","Action":"obs:bucket:listBucket"}]}""";
        var finding = SingleError(text, PolicyFindingCodes.DuplicateKey, "$.Version");
        Assert.Contains("'Version' appears 2 times", finding.Message);
    }

    [Fact]
    public void A_repeated_statement_key_is_reported_once_with_its_count()
    {
        var text = PolicyDocuments.WithStatement("""{"Effect":"Allow","Effect":"Deny","Effect":"Deny","Action":"obs:bucket:listBucket"}""");
        var finding = SingleError(text, PolicyFindingCodes.DuplicateKey, "$.Statement[0].Effect");
        Assert.Contains("3 times", finding.Message);
    }

    [Fact]
    public void A_repeated_condition_key_is_located_in_bracket_notation()
    {
        var text = PolicyDocuments.WithStatement(
            PolicyDocuments.AllowStatementWith("""
                "Condition":{"StringEquals":{"g:UserName":["alice"],"g:UserName":["bob"]}}
                """));
        SingleError(text, PolicyFindingCodes.DuplicateKey, "$.Statement[0].Condition.StringEquals['g:UserName']");
    }

    [Fact]
    public void Keys_repeated_inside_an_unknown_element_are_still_found()
    {
        var text = PolicyDocuments.WithStatement(PolicyDocuments.AllowStatementWith("""
            "Principal":{"IAM":["a"],"IAM":["b"]}
            """));
        Assert.Equal(
            new[]
            {
                (PolicyFindingSeverity.Error, PolicyFindingCodes.DuplicateKey, "$.Statement[0].Principal.IAM"),
                (PolicyFindingSeverity.Warning, PolicyFindingCodes.UnknownKey, "$.Statement[0].Principal"),
            },
            Summary(text));
    }

    [Fact]
    public void Keys_differing_only_in_case_are_not_duplicates()
    {
        var text = PolicyDocuments.WithStatement(PolicyDocuments.AllowStatementWith("\"effect\":\"Allow\""));
        SingleWarning(text, PolicyFindingCodes.UnknownKey, "$.Statement[0].effect");
    }

    [Fact]
    public void The_last_copy_of_a_repeated_key_is_the_one_checked()
    {
        var lastWrong = PolicyDocuments.WithStatement("""{"Effect":"Allow","Effect":"allow","Action":"obs:bucket:listBucket"}""");
        Assert.Equal(
            new[]
            {
                (PolicyFindingSeverity.Error, PolicyFindingCodes.DuplicateKey, "$.Statement[0].Effect"),
                (PolicyFindingSeverity.Error, PolicyFindingCodes.EffectValue, "$.Statement[0].Effect"),
            },
            Summary(lastWrong));

        var lastRight = PolicyDocuments.WithStatement("""{"Effect":"allow","Effect":"Allow","Action":"obs:bucket:listBucket"}""");
        SingleError(lastRight, PolicyFindingCodes.DuplicateKey, "$.Statement[0].Effect");
    }

    [Fact]
    public void An_object_s_own_repeats_come_before_the_repeats_inside_it()
    {
        var text = PolicyDocuments.WithStatement(PolicyDocuments.AllowStatementWith("""
            "Principal":{"IAM":["a"],"IAM":["b"]},"Principal":{}
            """));
        Assert.Equal(
            new[]
            {
                (PolicyFindingSeverity.Error, PolicyFindingCodes.DuplicateKey, "$.Statement[0].Principal"),
                (PolicyFindingSeverity.Error, PolicyFindingCodes.DuplicateKey, "$.Statement[0].Principal.IAM"),
                (PolicyFindingSeverity.Warning, PolicyFindingCodes.UnknownKey, "$.Statement[0].Principal"),
            },
            Summary(text));
    }

    [Fact]
    public void Repeats_are_reported_in_the_order_their_objects_open()
    {
        var text = """{"Id":{"a":{"b":1,"b":2},"c":3,"c":4},"Version":"5.0","Statement":[{"Effect":"Allow","Action":"*","Sid":"x","Sid":"y"}]}""";
        Assert.Equal(
            new[] { "$.Id.c", "$.Id.a.b", "$.Statement[0].Sid" },
            PolicyChecker.Check(text).Where(f => f.Code == PolicyFindingCodes.DuplicateKey).Select(f => f.Path).ToArray());
    }

    [Fact]
    public void A_key_spelled_with_escapes_is_the_same_key()
    {
        var text = PolicyDocuments.WithStatement("""{"Effect":"Allow","\u0045ffect":"allow","Action":"*"}""");
        Assert.Equal(
            new[]
            {
                (PolicyFindingSeverity.Error, PolicyFindingCodes.DuplicateKey, "$.Statement[0].Effect"),
                (PolicyFindingSeverity.Error, PolicyFindingCodes.EffectValue, "$.Statement[0].Effect"),
            },
            Summary(text));
        Clean("""{"\u0056ersion":"5.0","Statement":[{"Effect":"Allow","Action":"*"}]}""");
    }

    [Theory]
    [InlineData(9)]
    [InlineData(200)]
    public void A_repeat_among_many_keys_is_found_once(int keyCount)
    {
        var keys = Enumerable.Range(0, keyCount).Select(i => "\"k" + i + "\":[\"v\"]").Append("\"k5\":[\"w\"]");
        var text = PolicyDocuments.WithStatement(PolicyDocuments.AllowStatementWith("\"Condition\":{\"StringEquals\":{" + string.Join(",", keys) + "}}"));
        var finding = SingleError(text, PolicyFindingCodes.DuplicateKey, "$.Statement[0].Condition.StringEquals.k5");
        Assert.Contains("2 times", finding.Message);
    }

    [Fact]
    public void Only_the_last_statement_array_is_checked_but_both_are_searched_for_repeats()
    {
        var text = """{"Version":"5.0","Statement":[{"Effect":"allow","Action":"*","x":1,"x":2}],"Statement":[{"Effect":"Allow","Action":"*"}]}""";
        Assert.Equal(
            new[]
            {
                (PolicyFindingSeverity.Error, PolicyFindingCodes.DuplicateKey, "$.Statement"),
                (PolicyFindingSeverity.Error, PolicyFindingCodes.DuplicateKey, "$.Statement[0].x"),
            },
            Summary(text));
    }
}
