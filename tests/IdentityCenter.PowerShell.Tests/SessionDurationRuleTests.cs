using IdentityCenter.Core.Validation;
using IdentityCenter.PowerShell.Arguments;

namespace IdentityCenter.PowerShell.Tests;

public class SessionDurationRuleTests
{
    [Theory]
    [InlineData("PT8H")]
    [InlineData("PT1H30M")]
    [InlineData("P1D")]
    [InlineData("PT0.5S")]
    public void Well_formed_durations_pass(string text)
    {
        Assert.Null(SessionDurationRule.FindProblem(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_missing_or_blank_value_passes_because_it_means_not_given(string? text)
    {
        Assert.Null(SessionDurationRule.FindProblem(text));
    }

    [Theory]
    [InlineData("8h")]
    [InlineData("08:00:00")]
    [InlineData("PT")]
    [InlineData("P8H")]
    [InlineData(" PT8H")]
    public void Malformed_durations_are_refused_with_examples(string text)
    {
        var problem = SessionDurationRule.FindProblem(text);

        Assert.NotNull(problem);
        Assert.Contains("'" + text + "'", problem);
        Assert.Contains("PT8H", problem);
    }

    [Fact]
    public void The_documented_length_limit_is_enforced()
    {
        var longest = "PT" + new string('1', Limits.SessionDurationMax - 3) + "H";
        var tooLong = "PT" + new string('1', Limits.SessionDurationMax - 2) + "H";

        Assert.Equal(Limits.SessionDurationMax, longest.Length);
        Assert.Null(SessionDurationRule.FindProblem(longest));
        var problem = SessionDurationRule.FindProblem(tooLong);
        Assert.NotNull(problem);
        Assert.Contains(Limits.SessionDurationMax.ToString(), problem);
    }
}
