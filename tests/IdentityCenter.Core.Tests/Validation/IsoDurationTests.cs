using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core.Tests.Validation;

public class IsoDurationTests
{
    [Theory]
    [InlineData("PT8H")]
    [InlineData("PT1H30M")]
    [InlineData("PT45S")]
    [InlineData("PT0.5S")]
    [InlineData("P1D")]
    [InlineData("P1DT12H")]
    [InlineData("P1Y2M3W4DT5H6M7S")]
    [InlineData("P2W")]
    public void Accepts_well_formed_durations(string text)
    {
        Assert.True(IsoDuration.IsValid(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("pt8h")]
    [InlineData("PT-1H")]
    [InlineData("PT1.H")]
    [InlineData("PT.5S")]
    [InlineData("PT1.5H")]
    [InlineData("P1H")]
    [InlineData("PT1D")]
    [InlineData("PT1H1H")]
    [InlineData("PT1S1M")]
    public void Refuses_malformed_durations(string text)
    {
        Assert.False(IsoDuration.IsValid(text));
    }

    [Theory]
    [InlineData(8, 0, 0, "PT8H")]
    [InlineData(1, 30, 0, "PT1H30M")]
    [InlineData(0, 0, 45, "PT45S")]
    [InlineData(36, 0, 0, "P1DT12H")]
    [InlineData(24, 0, 0, "P1D")]
    public void Formats_time_spans_shortest_first(int hours, int minutes, int seconds, string expected)
    {
        var formatted = IsoDuration.Format(new TimeSpan(hours, minutes, seconds));
        Assert.Equal(expected, formatted);
        Assert.True(IsoDuration.IsValid(formatted));
    }

    [Fact]
    public void A_zero_or_negative_duration_cannot_be_formatted()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IsoDuration.Format(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => IsoDuration.Format(TimeSpan.FromHours(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => IsoDuration.Format(TimeSpan.FromTicks(9999)));
        Assert.Equal("PT0.001S", IsoDuration.Format(TimeSpan.FromMilliseconds(1)));
    }
}
