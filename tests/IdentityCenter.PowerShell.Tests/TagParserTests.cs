using IdentityCenter.PowerShell.Arguments;

namespace IdentityCenter.PowerShell.Tests;

public class TagParserTests
{
    [Fact]
    public void Entries_are_read_in_order()
    {
        var tags = TagParser.Parse("team=ops;env=prod;owner=alice");

        Assert.Equal(new[] { "team", "env", "owner" }, tags.Keys.Cast<string>());
        Assert.Equal(new[] { "ops", "prod", "alice" }, tags.Values.Cast<string>());
    }

    [Fact]
    public void An_empty_value_is_kept_as_empty()
    {
        var tags = TagParser.Parse("a=1;b=");

        Assert.Equal("1", tags["a"]);
        Assert.Equal(string.Empty, tags["b"]);
    }

    [Fact]
    public void Only_the_first_equals_sign_separates_key_from_value()
    {
        Assert.Equal("x=y=z", TagParser.Parse("expr=x=y=z")["expr"]);
    }

    [Fact]
    public void Spaces_around_keys_values_and_separators_are_ignored()
    {
        var tags = TagParser.Parse(" team = ops ; env= prod ");

        Assert.Equal("ops", tags["team"]);
        Assert.Equal("prod", tags["env"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(";;")]
    public void Blank_text_means_no_tags(string text)
    {
        Assert.Empty(TagParser.Parse(text));
    }

    [Fact]
    public void A_trailing_separator_is_harmless()
    {
        Assert.Equal(2, TagParser.Parse("a=1;b=2;").Count);
    }

    [Fact]
    public void Keys_are_case_sensitive()
    {
        Assert.Equal(2, TagParser.Parse("Env=a;env=b").Count);
    }

    [Theory]
    [InlineData("team", "'team' is not in the form key=value")]
    [InlineData("a=1;=2", "no key")]
    [InlineData("a=1;a=2", "'a' appears more than once")]
    public void Malformed_text_is_refused_with_the_entry_at_fault(string text, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => TagParser.Parse(text));

        Assert.Contains(expected, error.Message);
    }
}
