using System.Collections;
using IdentityCenter.Core.Validation;
using IdentityCenter.PowerShell.Arguments;

namespace IdentityCenter.PowerShell.Tests;

public class TagRuleTests
{
    [Fact]
    public void Tags_within_the_limits_pass()
    {
        var tags = new Hashtable { ["team"] = "ops", ["empty"] = string.Empty, [new string('k', Limits.TagKeyMax)] = new string('v', Limits.TagValueMax) };

        Assert.Null(TagRule.FindProblem(tags));
    }

    [Fact]
    public void Nothing_to_check_passes()
    {
        Assert.Null(TagRule.FindProblem(null));
        Assert.Null(TagRule.FindProblem(new Hashtable()));
    }

    [Fact]
    public void More_tags_than_the_limit_are_refused()
    {
        var tags = new Hashtable();
        for (var i = 0; i <= Limits.TagsMax; i++)
        {
            tags["k" + i] = "v";
        }

        var problem = TagRule.FindProblem(tags);

        Assert.NotNull(problem);
        Assert.Contains(Limits.TagsMax.ToString(), problem);
    }

    [Fact]
    public void Exactly_the_limit_of_tags_passes()
    {
        var tags = new Hashtable();
        for (var i = 0; i < Limits.TagsMax; i++)
        {
            tags["k" + i] = "v";
        }

        Assert.Null(TagRule.FindProblem(tags));
    }

    [Fact]
    public void A_key_over_the_limit_is_refused()
    {
        var problem = TagRule.FindProblem(new Hashtable { [new string('k', Limits.TagKeyMax + 1)] = "v" });

        Assert.NotNull(problem);
        Assert.Contains(Limits.TagKeyMax.ToString(), problem);
    }

    [Fact]
    public void An_empty_key_is_refused()
    {
        Assert.NotNull(TagRule.FindProblem(new Hashtable { [string.Empty] = "v" }));
    }

    [Fact]
    public void A_value_over_the_limit_is_refused_naming_its_key()
    {
        var problem = TagRule.FindProblem(new Hashtable { ["team"] = new string('v', Limits.TagValueMax + 1) });

        Assert.NotNull(problem);
        Assert.Contains("'team'", problem);
        Assert.Contains(Limits.TagValueMax.ToString(), problem);
    }
}
