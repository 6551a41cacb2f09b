using System.Collections;
using System.Collections.Specialized;
using System.Management.Automation;
using IdentityCenter.PowerShell.Arguments;

namespace IdentityCenter.PowerShell.Tests;

public class TagConverterTests
{
    private static readonly Func<object?, object?> Identity = value => value;

    [Fact]
    public void A_hashtable_passes_through_unchanged()
    {
        var table = new Hashtable { ["team"] = "ops" };

        Assert.Same(table, TagConverter.ToDictionary(table, Identity));
    }

    [Fact]
    public void A_generic_dictionary_passes_through_unchanged()
    {
        var dictionary = new Dictionary<string, string> { ["team"] = "ops" };

        Assert.Same(dictionary, TagConverter.ToDictionary(dictionary, Identity));
    }

    [Fact]
    public void Text_is_parsed()
    {
        var tags = Assert.IsType<OrderedDictionary>(TagConverter.ToDictionary("a=1;b=", Identity));

        Assert.Equal("1", tags["a"]);
        Assert.Equal(string.Empty, tags["b"]);
    }

    [Fact]
    public void Several_text_values_are_merged_in_order()
    {
        var tags = TagConverter.ToDictionary(new object[] { "a=1", "b=2;c=3" }, Identity)!;

        Assert.Equal(new[] { "a", "b", "c" }, tags.Keys.Cast<string>());
    }

    [Fact]
    public void Elements_are_unwrapped_before_they_are_read()
    {
        var wrapped = new Box("a=1");

        var tags = TagConverter.ToDictionary(new object[] { wrapped }, value => value is Box box ? box.Inner : value)!;

        Assert.Equal("1", tags["a"]);
    }

    [Fact]
    public void A_key_repeated_across_text_values_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => TagConverter.ToDictionary(new[] { "a=1", "a=2" }, Identity));

        Assert.Contains("'a'", error.Message);
    }

    [Fact]
    public void A_list_holding_something_other_than_text_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => TagConverter.ToDictionary(new object[] { "a=1", 5 }, Identity));

        Assert.Contains("System.Int32", error.Message);
    }

    [Fact]
    public void Other_types_are_refused_with_the_accepted_forms()
    {
        var error = Assert.Throws<ArgumentException>(() => TagConverter.ToDictionary(42, Identity));

        Assert.Contains("hashtable", error.Message);
        Assert.Contains("team=ops", error.Message);
    }

    [Fact]
    public void Null_stays_null()
    {
        Assert.Null(TagConverter.ToDictionary(null, Identity));
    }

    [Fact]
    public void The_attribute_reports_malformed_text_as_a_transformation_error()
    {
        Assert.Throws<ArgumentTransformationMetadataException>(() => new TagTransformationAttribute().Transform(null!, "no-equals-sign"));
    }

    private sealed record Box(object Inner);
}
