using IdentityCenter.Core.Policy;
using static IdentityCenter.Core.Tests.Policy.FindingAssert;

namespace IdentityCenter.Core.Tests.Policy;

public class ConditionRuleTests
{
    private static string WithCondition(string condition) =>
        PolicyDocuments.WithStatement(PolicyDocuments.AllowStatementWith("\"Condition\":" + condition));

    [Fact]
    public void Several_operators_with_strings_numbers_and_booleans_are_accepted()
    {
        Clean(WithCondition("""
            {
              "StringEndWithIfExists": { "g:UserName": ["specialCharacter"] },
              "Bool": { "g:MFAPresent": [true], "g:SecureTransport": "true" },
              "NumericLessThan": { "obs:max-keys": [100, 2.5] },
              "StringEquals": { "g:ResourceTag/team": ["blue", "green"] }
            }
            """));
    }

    [Theory]
    [InlineData("\"StringEquals\"", "the string")]
    [InlineData("[]", "an array")]
    [InlineData("null", "null")]
    public void A_condition_that_is_not_an_object_is_an_error(string condition, string found)
    {
        var finding = SingleError(WithCondition(condition), PolicyFindingCodes.ConditionValue, "$.Statement[0].Condition");
        Assert.Contains("Condition is " + found, finding.Message);
    }

    [Theory]
    [InlineData("[\"g:UserName\"]")]
    [InlineData("\"g:UserName\"")]
    public void An_operator_that_does_not_map_to_an_object_is_an_error(string keys)
    {
        SingleError(WithCondition("{\"StringEquals\":" + keys + "}"), PolicyFindingCodes.ConditionValue, "$.Statement[0].Condition.StringEquals");
    }

    [Fact]
    public void An_empty_value_array_is_an_error_at_the_condition_key()
    {
        var finding = SingleError(
            WithCondition("""{"StringEquals":{"g:ResourceAccount":[]}}"""),
            PolicyFindingCodes.ConditionValue,
            "$.Statement[0].Condition.StringEquals['g:ResourceAccount']");
        Assert.Contains("empty array", finding.Message);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("5")]
    [InlineData("null")]
    [InlineData("{\"a\":\"b\"}")]
    public void A_key_value_that_is_neither_string_nor_array_is_an_error(string value)
    {
        SingleError(
            WithCondition("{\"Bool\":{\"g:MFAPresent\":" + value + "}}"),
            PolicyFindingCodes.ConditionValue,
            "$.Statement[0].Condition.Bool['g:MFAPresent']");
    }

    [Theory]
    [InlineData("null", "null")]
    [InlineData("[\"b\"]", "an array")]
    [InlineData("{}", "an object")]
    public void A_value_that_is_not_a_string_number_or_boolean_is_an_error_at_its_index(string value, string found)
    {
        var finding = SingleError(
            WithCondition("{\"StringEquals\":{\"g:UserName\":[\"a\"," + value + "]}}"),
            PolicyFindingCodes.ConditionValue,
            "$.Statement[0].Condition.StringEquals['g:UserName'][1]");
        Assert.Contains("this one is " + found, finding.Message);
    }

    [Theory]
    [InlineData("String-Equals", "$.Statement[0].Condition['String-Equals']")]
    [InlineData("ForAnyValue:StringEquals", "$.Statement[0].Condition['ForAnyValue:StringEquals']")]
    [InlineData("StringEquals2", "$.Statement[0].Condition.StringEquals2")]
    [InlineData("IfExists", "$.Statement[0].Condition.IfExists")]
    [InlineData("", "$.Statement[0].Condition['']")]
    public void An_operator_that_does_not_look_like_one_is_only_a_warning(string operatorName, string path)
    {
        var finding = SingleWarning(WithCondition("{\"" + operatorName + "\":{\"g:UserName\":[\"a\"]}}"), PolicyFindingCodes.ConditionOperator, path);
        Assert.Contains("not published", finding.Message);
    }

    [Fact]
    public void A_letters_only_operator_is_left_to_the_service_because_the_list_is_not_published()
    {
        Clean(WithCondition("""{"DateGreaterThanIfExists":{"g:CurrentTime":["2025-01-01T00:00:00Z"]}}"""));
    }

    [Fact]
    public void An_operator_warning_and_a_value_error_are_both_reported()
    {
        Assert.Equal(
            new[]
            {
                (PolicyFindingSeverity.Warning, PolicyFindingCodes.ConditionOperator, "$.Statement[0].Condition['String Equals']"),
                (PolicyFindingSeverity.Error, PolicyFindingCodes.ConditionValue, "$.Statement[0].Condition['String Equals'].key"),
            },
            Summary(WithCondition("""{"String Equals":{"key":[]}}""")));
    }

    [Fact]
    public void Quotes_in_a_condition_key_are_escaped_in_the_path()
    {
        SingleError(
            WithCondition("""{"StringEquals":{"it's":[]}}"""),
            PolicyFindingCodes.ConditionValue,
            @"$.Statement[0].Condition.StringEquals['it\'s']");
    }

    [Fact]
    public void A_repeated_operator_is_checked_by_its_last_copy_in_the_place_of_its_first()
    {
        Assert.Equal(
            new[]
            {
                (PolicyFindingSeverity.Error, PolicyFindingCodes.DuplicateKey, "$.Statement[0].Condition['A-B']"),
                (PolicyFindingSeverity.Warning, PolicyFindingCodes.ConditionOperator, "$.Statement[0].Condition['A-B']"),
                (PolicyFindingSeverity.Error, PolicyFindingCodes.ConditionValue, "$.Statement[0].Condition['A-B'].k"),
                (PolicyFindingSeverity.Error, PolicyFindingCodes.ConditionValue, "$.Statement[0].Condition.Bool.k"),
            },
            Summary(WithCondition("""{"A-B":{"k":["fine"]},"Bool":{"k":[]},"A-B":{"k":[]}}""")));
    }
}
