using IdentityCenter.Core.Validation;
using IdentityCenter.PowerShell.Completion;

namespace IdentityCenter.PowerShell.Tests;

public class SessionDurationSuggestionsTests
{
    [Fact]
    public void Nothing_typed_offers_the_common_durations_shortest_first()
    {
        Assert.Equal(new[] { "PT1H", "PT2H", "PT4H", "PT8H", "PT12H" }, SessionDurationSuggestions.For(string.Empty).Select(s => s.CompletionText));
        Assert.Equal(SessionDurationSuggestions.Values, SessionDurationSuggestions.For(null).Select(s => s.CompletionText));
    }

    [Theory]
    [InlineData("PT1", new[] { "PT1H", "PT12H" })]
    [InlineData("pt8", new[] { "PT8H" })]
    [InlineData("'PT2", new[] { "PT2H" })]
    [InlineData("\"PT4H\"", new[] { "PT4H" })]
    [InlineData("P1D", new string[0])]
    public void What_was_typed_narrows_the_offer_regardless_of_case_and_quotes(string typed, string[] expected)
    {
        Assert.Equal(expected, SessionDurationSuggestions.For(typed).Select(s => s.CompletionText));
    }

    [Fact]
    public void Every_suggestion_is_a_duration_the_module_accepts_and_says_what_it_means()
    {
        foreach (var suggestion in SessionDurationSuggestions.For(string.Empty))
        {
            Assert.True(IsoDuration.IsValid(suggestion.CompletionText), suggestion.CompletionText);
            Assert.Null(Arguments.SessionDurationRule.FindProblem(suggestion.CompletionText));
            Assert.Contains("hour", suggestion.ToolTip);
            Assert.Equal(suggestion.CompletionText, suggestion.ListItemText);
        }
    }
}
