using IdentityCenter.Core.Policy;
using static IdentityCenter.Core.Tests.Policy.FindingAssert;

namespace IdentityCenter.Core.Tests.Policy;

public class ActionRuleTests
{
    private static string WithActions(string member, string value) =>
        PolicyDocuments.WithStatement("{\"Effect\":\"Allow\",\"" + member + "\":" + value + "}");

    [Theory]
    [InlineData("*")]
    [InlineData("obs:*:*")]
    [InlineData("ecs:*:get*")]
    [InlineData("IdentityCenter:permissionSet:create")]
    [InlineData("obs:bucket:list?ucket")]
    [InlineData("my_service:resource-type:operation2")]
    public void Well_shaped_actions_are_accepted(string action)
    {
        Clean(WithActions("Action", "[\"" + action + "\"]"));
    }

    [Fact]
    public void A_single_action_string_is_accepted()
    {
        Clean(WithActions("Action", "\"organizations:ous:delete\""));
    }

    [Fact]
    public void A_bad_action_is_an_error_at_its_index()
    {
        var finding = SingleError(WithActions("Action", """["obs:bucket:listBucket","obs:bucket"]"""), PolicyFindingCodes.ActionShape, "$.Statement[0].Action[1]");
        Assert.Contains("'obs:bucket'", finding.Message);
        Assert.Contains("service:resourceType:operation", finding.Message);
        Assert.Contains("2 colon-separated parts", finding.Message);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("obs", "1 part")]
    [InlineData("obs:bucket:list:extra", "4 colon-separated parts")]
    [InlineData("obs::listBucket", "resource type part is empty")]
    [InlineData(":bucket:listBucket", "service part is empty")]
    [InlineData("obs:bucket:", "operation part is empty")]
    [InlineData("obs:bucket:list Bucket", "a space")]
    [InlineData("obs:bucket:list.Bucket", "'.'")]
    [InlineData("obs/x:bucket:listBucket", "service part contains '/'")]
    [InlineData("ob\u00e9:bucket:listBucket", "'\u00e9'")]
    public void A_malformed_action_is_an_error_that_says_what_is_wrong(string action, string problem)
    {
        var finding = SingleError(WithActions("Action", "[\"" + action + "\"]"), PolicyFindingCodes.ActionShape, "$.Statement[0].Action[0]");
        Assert.Contains(problem, finding.Message);
    }

    [Fact]
    public void A_malformed_single_action_string_is_located_without_an_index()
    {
        SingleError(WithActions("Action", "\"obs:listBucket\""), PolicyFindingCodes.ActionShape, "$.Statement[0].Action");
    }

    [Fact]
    public void Both_action_and_not_action_is_an_error_at_the_statement()
    {
        var text = PolicyDocuments.WithStatement("""{"Effect":"Allow","Action":["obs:bucket:listBucket"],"NotAction":["obs:bucket:deleteBucket"]}""");
        var finding = SingleError(text, PolicyFindingCodes.ActionConflict, "$.Statement[0]");
        Assert.Contains("both Action and NotAction", finding.Message);
    }

    [Fact]
    public void Neither_action_nor_not_action_is_an_error_at_the_statement()
    {
        var finding = SingleError(PolicyDocuments.WithStatement("""{"Effect":"Allow","Resource":"*"}"""), PolicyFindingCodes.ActionMissing, "$.Statement[0]");
        Assert.Contains("neither Action nor NotAction", finding.Message);
    }

    [Fact]
    public void Not_action_alone_is_accepted_and_checked_like_action()
    {
        Clean(WithActions("NotAction", """["obs:bucket:deleteBucket"]"""));
        var finding = SingleError(WithActions("NotAction", """["obs:bucket:delete:Bucket"]"""), PolicyFindingCodes.ActionShape, "$.Statement[0].NotAction[0]");
        Assert.Contains("NotAction entry", finding.Message);
    }

    [Fact]
    public void An_empty_action_array_is_an_error()
    {
        var finding = SingleError(WithActions("Action", "[]"), PolicyFindingCodes.ActionValue, "$.Statement[0].Action");
        Assert.Contains("empty array", finding.Message);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("{\"obs\":\"bucket\"}")]
    public void An_action_value_that_is_neither_string_nor_array_is_an_error(string value)
    {
        SingleError(WithActions("Action", value), PolicyFindingCodes.ActionValue, "$.Statement[0].Action");
    }

    [Fact]
    public void A_non_string_entry_in_the_action_array_is_an_error_at_its_index()
    {
        var finding = SingleError(WithActions("Action", """["obs:bucket:listBucket",["obs:bucket:getBucketAcl"]]"""), PolicyFindingCodes.ActionValue, "$.Statement[0].Action[1]");
        Assert.Contains("an array", finding.Message);
    }

    [Theory]
    [InlineData("obs:bucket:list\\u0042ucket")]
    [InlineData("\\u002a")]
    public void An_action_written_with_escapes_is_judged_by_its_text(string escaped)
    {
        Clean(WithActions("Action", "[\"" + escaped + "\"]"));
    }

    [Fact]
    public void An_escaped_colon_counts_as_a_colon()
    {
        var finding = SingleError(WithActions("Action", "[\"obs\\u003abucket\"]"), PolicyFindingCodes.ActionShape, "$.Statement[0].Action[0]");
        Assert.Contains("'obs:bucket'", finding.Message);
    }
}
