using IdentityCenter.Core.Policy;
using static IdentityCenter.Core.Tests.Policy.FindingAssert;

namespace IdentityCenter.Core.Tests.Policy;

public class ResourceRuleTests
{
    private static string WithResources(string members) =>
        PolicyDocuments.WithStatement(PolicyDocuments.AllowStatementWith(members));

    [Theory]
    [InlineData("\"Resource\":\"*\"")]
    [InlineData("\"Resource\":[\"*\"]")]
    [InlineData("\"Resource\":[\"IdentityCenter::system:permissionSet:ps-8603aaaaaaaa14bd\",\"obs:*:*:bucket:logs\"]")]
    [InlineData("\"NotResource\":[\"obs:*:*:bucket:audit\"]")]
    public void Star_and_urns_are_accepted(string members)
    {
        Clean(WithResources(members));
    }

    [Fact]
    public void Both_resource_and_not_resource_is_an_error_at_the_statement()
    {
        var finding = SingleError(WithResources("\"Resource\":\"*\",\"NotResource\":[\"obs:*:*:bucket:audit\"]"), PolicyFindingCodes.ResourceConflict, "$.Statement[0]");
        Assert.Contains("both Resource and NotResource", finding.Message);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("null")]
    [InlineData("{\"urn\":\"*\"}")]
    public void A_resource_value_that_is_neither_string_nor_array_is_an_error(string value)
    {
        SingleError(WithResources("\"Resource\":" + value), PolicyFindingCodes.ResourceValue, "$.Statement[0].Resource");
    }

    [Fact]
    public void A_non_string_entry_in_the_resource_array_is_an_error_at_its_index()
    {
        SingleError(WithResources("\"NotResource\":[\"obs:*:*:bucket:a\",7]"), PolicyFindingCodes.ResourceValue, "$.Statement[0].NotResource[1]");
    }

    [Theory]
    [InlineData("\"Resource\":\"my-bucket\"", "$.Statement[0].Resource")]
    [InlineData("\"Resource\":[\"*\",\"all\"]", "$.Statement[0].Resource[1]")]
    [InlineData("\"NotResource\":[\"\"]", "$.Statement[0].NotResource[0]")]
    public void A_resource_that_is_neither_star_nor_a_urn_is_only_a_warning(string members, string path)
    {
        var finding = SingleWarning(WithResources(members), PolicyFindingCodes.ResourceShape, path);
        Assert.Contains("URN", finding.Message);
    }

    [Fact]
    public void An_empty_resource_array_is_a_warning()
    {
        SingleWarning(WithResources("\"Resource\":[]"), PolicyFindingCodes.ResourceEmpty, "$.Statement[0].Resource");
    }
}
