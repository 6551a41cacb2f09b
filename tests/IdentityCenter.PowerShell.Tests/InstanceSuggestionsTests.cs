using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Completion;

namespace IdentityCenter.PowerShell.Tests;

public class InstanceSuggestionsTests
{
    private static readonly IdentityCenterInstance[] Instances =
    {
        new() { InstanceId = "ins-b000000000000002", Alias = "staging", IdentityStoreId = "d-2" },
        new() { InstanceId = "ins-a000000000000001", Alias = "production" },
        new() { InstanceId = "ins-c000000000000003" },
        new() { InstanceId = string.Empty, Alias = "broken" },
    };

    [Fact]
    public void Nothing_typed_offers_every_instance_in_id_order_skipping_ones_without_an_id()
    {
        Assert.Equal(
            new[] { "ins-a000000000000001", "ins-b000000000000002", "ins-c000000000000003" },
            InstanceSuggestions.For(string.Empty, Instances).Select(s => s.CompletionText));
    }

    [Theory]
    [InlineData("ins-b", "ins-b000000000000002")]
    [InlineData("INS-C", "ins-c000000000000003")]
    [InlineData("prod", "ins-a000000000000001")]
    [InlineData("'stag", "ins-b000000000000002")]
    public void An_id_or_an_alias_that_starts_with_what_was_typed_is_offered(string typed, string expected)
    {
        Assert.Equal(expected, Assert.Single(InstanceSuggestions.For(typed, Instances)).CompletionText);
    }

    [Fact]
    public void The_list_shows_the_alias_and_the_tip_the_identity_store()
    {
        var staging = Assert.Single(InstanceSuggestions.For("ins-b", Instances));

        Assert.Equal("ins-b000000000000002 (staging)", staging.ListItemText);
        Assert.Contains("alias staging", staging.ToolTip);
        Assert.Contains("identity store d-2", staging.ToolTip);
        Assert.Equal("ins-c000000000000003", Assert.Single(InstanceSuggestions.For("ins-c", Instances)).ListItemText);
    }

    [Fact]
    public void Nothing_matching_offers_nothing()
    {
        Assert.Empty(InstanceSuggestions.For("ins-z", Instances));
    }
}
