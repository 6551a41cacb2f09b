using System.Collections;
using System.Collections.Specialized;
using System.Management.Automation;
using IdentityCenter.Core.Policy;
using IdentityCenter.PowerShell.Policies;

namespace IdentityCenter.PowerShell.Tests;

/// <summary>-Policy's forms: JSON text as given; dictionaries and property bags as compact JSON in their own key order.</summary>
public class PolicyJsonTests
{
    private static object? Identity(object? value) => value;

    private static string? Json(object? value) => PolicyJson.ToText(value, Identity);

    private static OrderedDictionary Ordered(params (string Key, object? Value)[] entries)
    {
        var dictionary = new OrderedDictionary();
        foreach (var (key, value) in entries)
        {
            dictionary.Add(key, value);
        }

        return dictionary;
    }

    private static PropertyBag Bag(params (string Name, object? Value)[] properties) =>
        new(properties.Select(p => new KeyValuePair<string, object?>(p.Name, p.Value)));

    [Fact]
    public void JSON_text_is_kept_exactly_as_given_white_space_and_all()
    {
        const string text = "{\n  \"Version\": \"5.0\",\n  \"Statement\": []\n}\n";

        Assert.Same(text, Json(text));
    }

    [Fact]
    public void No_value_is_no_policy()
    {
        Assert.Null(Json(null));
    }

    [Fact]
    public void An_ordered_dictionary_is_written_compactly_in_its_own_key_order()
    {
        var policy = Ordered(
            ("Version", "5.0"),
            ("Statement", new object[] { Ordered(("Effect", "Allow"), ("Action", new[] { "obs:*:get*", "obs:*:list*" }), ("Resource", new[] { "*" })) }));

        Assert.Equal("{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"obs:*:get*\",\"obs:*:list*\"],\"Resource\":[\"*\"]}]}", Json(policy));
    }

    [Fact]
    public void A_property_bag_keeps_the_order_its_properties_were_declared_in()
    {
        var policy = Bag(("Statement", new object[] { Bag(("Effect", "Deny"), ("Action", "iam:users:delete*")) }), ("Version", "5.0"));

        Assert.Equal("{\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"iam:users:delete*\"}],\"Version\":\"5.0\"}", Json(policy));
    }

    [Fact]
    public void A_hashtable_is_written_in_the_order_it_enumerates()
    {
        var table = new Hashtable { ["Version"] = "5.0", ["Statement"] = new ArrayList { new Hashtable { ["Effect"] = "Allow", ["Action"] = "obs:bucket:listBucket" } } };
        var expectedOrder = table.Keys.Cast<string>().ToList();

        var json = Json(table)!;

        Assert.True(json.IndexOf("\"" + expectedOrder[0] + "\"", StringComparison.Ordinal) < json.IndexOf("\"" + expectedOrder[1] + "\"", StringComparison.Ordinal));
        Assert.DoesNotContain(PolicyChecker.Check(json), f => f.Severity == PolicyFindingSeverity.Error);
    }

    [Fact]
    public void Condition_values_keep_their_JSON_types()
    {
        var numbers = Ordered(("g:Count", 3), ("g:Ratio", 0.25), ("g:Big", 12345678901L), ("g:Money", 1.5m));
        var flags = Ordered(("g:Flag", true), ("g:None", null));
        var policy = Ordered(("Condition", Ordered(("NumberGreaterThan", numbers), ("Bool", flags))));

        Assert.Equal(
            "{\"Condition\":{\"NumberGreaterThan\":{\"g:Count\":3,\"g:Ratio\":0.25,\"g:Big\":12345678901,\"g:Money\":1.5},\"Bool\":{\"g:Flag\":true,\"g:None\":null}}}",
            Json(policy));
    }

    [Fact]
    public void Text_is_escaped_as_JSON_needs_and_no_more_so_the_quota_counts_what_the_user_wrote()
    {
        var json = Json(Ordered(("Sid", "Düsseldorf <ops> & \"quotes\" a+b\\c\n")))!;

        Assert.Equal("{\"Sid\":\"Düsseldorf <ops> & \\\"quotes\\\" a+b\\\\c\\n\"}", json);
    }

    [Fact]
    public void Characters_and_enums_become_text()
    {
        Assert.Equal("{\"a\":\"x\",\"b\":\"Warning\"}", Json(Ordered(("a", 'x'), ("b", PolicyFindingSeverity.Warning))));
    }

    [Fact]
    public void Values_inside_are_taken_out_of_their_wrappers_at_every_level()
    {
        var wrapped = new Wrapper(Ordered(("Version", new Wrapper("5.0")), ("Statement", new object[] { new Wrapper(Bag(("Effect", new Wrapper("Allow")))) })));

        var json = PolicyJson.ToText(wrapped, v => v is Wrapper w ? w.Inner : v);

        Assert.Equal("{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\"}]}", json);
    }

    [Fact]
    public void A_value_without_a_JSON_form_is_refused_naming_where_it_is()
    {
        var policy = Ordered(("Statement", new object[] { Ordered(("Condition", Ordered(("DateLessThan", Ordered(("g:CurrentTime", DateTime.UtcNow)))))) }));

        var error = Assert.Throws<ArgumentException>(() => Json(policy));

        Assert.Contains("$.Statement[0].Condition.DateLessThan.g:CurrentTime", error.Message);
        Assert.Contains("System.DateTime", error.Message);
        Assert.Contains("as text", error.Message);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Numbers_JSON_cannot_hold_are_refused(double number)
    {
        Assert.Throws<ArgumentException>(() => Json(Ordered(("n", number))));
    }

    [Fact]
    public void Two_keys_that_read_the_same_as_text_are_refused()
    {
        var dictionary = new Hashtable { [1] = "a", ["1"] = "b" };

        var error = Assert.Throws<ArgumentException>(() => Json(dictionary));

        Assert.Contains("'1'", error.Message);
    }

    [Fact]
    public void A_value_that_contains_itself_is_refused_instead_of_looping()
    {
        var loop = new ArrayList();
        loop.Add(loop);

        var error = Assert.Throws<ArgumentException>(() => Json(Ordered(("Statement", loop))));

        Assert.Contains("contain itself", error.Message);
    }

    [Theory]
    [InlineData(42)]
    [InlineData(true)]
    public void A_top_level_value_that_is_not_text_or_an_object_is_refused_naming_the_forms(object value)
    {
        var error = Assert.Throws<ArgumentException>(() => Json(value));

        Assert.Contains("hashtable", error.Message);
        Assert.Contains("PSCustomObject", error.Message);
    }

    [Fact]
    public void A_top_level_array_is_not_a_policy()
    {
        Assert.Throws<ArgumentException>(() => Json(new object[] { Ordered(("Version", "5.0")) }));
    }

    [Fact]
    public void The_transformation_attribute_writes_dictionaries_and_reports_failures_as_transformation_errors()
    {
        var attribute = new PolicyTransformationAttribute();

        Assert.Equal("{\"Version\":\"5.0\"}", attribute.Transform(null!, Ordered(("Version", "5.0"))));
        Assert.Equal("{}", attribute.Transform(null!, "{}"));
        Assert.Throws<ArgumentTransformationMetadataException>(() => attribute.Transform(null!, 42));
    }

    private sealed class Wrapper
    {
        public Wrapper(object? inner) => Inner = inner;

        public object? Inner { get; }
    }
}
