using System.Management.Automation;
using IdentityCenter.PowerShell.Arguments;

namespace IdentityCenter.PowerShell.Tests;

public class SessionDurationConverterTests
{
    [Theory]
    [InlineData(8, 0, 0, "PT8H")]
    [InlineData(1, 30, 0, "PT1H30M")]
    [InlineData(0, 45, 0, "PT45M")]
    [InlineData(0, 0, 90, "PT1M30S")]
    [InlineData(36, 0, 0, "P1DT12H")]
    public void A_TimeSpan_becomes_the_shortest_ISO_8601_duration(int hours, int minutes, int seconds, string expected)
    {
        Assert.Equal(expected, SessionDurationConverter.ToIsoDuration(new TimeSpan(hours, minutes, seconds)));
    }

    [Theory]
    [InlineData("PT4H")]
    [InlineData("P1D")]
    [InlineData("8 hours")]
    [InlineData("")]
    public void Text_is_kept_exactly_so_validation_judges_it(string text)
    {
        Assert.Equal(text, SessionDurationConverter.ToIsoDuration(text));
    }

    [Fact]
    public void Null_stays_null()
    {
        Assert.Null(SessionDurationConverter.ToIsoDuration(null));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-36_000_000_000L)]
    public void A_zero_or_negative_TimeSpan_is_refused(long ticks)
    {
        var error = Assert.Throws<ArgumentException>(() => SessionDurationConverter.ToIsoDuration(TimeSpan.FromTicks(ticks)));

        Assert.Contains("positive", error.Message);
    }

    [Fact]
    public void A_TimeSpan_shorter_than_the_ISO_form_can_show_is_refused_rather_than_sent_as_PT()
    {
        var error = Assert.Throws<ArgumentException>(() => SessionDurationConverter.ToIsoDuration(TimeSpan.FromTicks(10)));

        Assert.Contains("millisecond", error.Message);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(8.5)]
    public void Other_types_are_refused_with_the_accepted_forms(object value)
    {
        var error = Assert.Throws<ArgumentException>(() => SessionDurationConverter.ToIsoDuration(value));

        Assert.Contains("PT8H", error.Message);
        Assert.Contains(value.GetType().FullName!, error.Message);
    }

    [Fact]
    public void The_attribute_reports_a_refused_value_as_a_transformation_error()
    {
        Assert.Throws<ArgumentTransformationMetadataException>(() =>
            new SessionDurationTransformationAttribute().Transform(null!, TimeSpan.Zero));
    }
}
