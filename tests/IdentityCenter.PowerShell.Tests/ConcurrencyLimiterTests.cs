using IdentityCenter.PowerShell.Threading;

namespace IdentityCenter.PowerShell.Tests;

public sealed class ConcurrencyLimiterTests
{
    private TimeSpan now = TimeSpan.FromMinutes(1);

    [Fact]
    public void It_starts_at_the_ceiling_and_a_429_halves_it()
    {
        var limiter = Limiter(16);
        limiter.Started();

        Assert.Equal(16, limiter.Limit);
        Assert.True(limiter.Throttled(null));
        Assert.Equal(8, limiter.Limit);
    }

    [Fact]
    public void The_429s_of_requests_sent_before_a_cut_do_not_cut_again()
    {
        var limiter = Limiter(16);
        var early = Enumerable.Range(0, 16).Select(_ => limiter.Started()).ToList();

        limiter.Throttled(null);
        foreach (var sequence in early.Take(10))
        {
            Assert.False(limiter.Throttled(null));
            limiter.Finished(sequence, succeeded: false);
        }

        Assert.Equal(8, limiter.Limit);
    }

    [Fact]
    public void Once_a_request_sent_after_the_cut_has_finished_another_429_cuts_again_down_to_one()
    {
        var limiter = Limiter(8);
        limiter.Started();
        var limits = new List<int>();
        limiter.Throttled(null);
        limits.Add(limiter.Limit);
        for (var round = 0; round < 3; round++)
        {
            limiter.Finished(limiter.Started(), succeeded: false);
            limiter.Throttled(null);
            limits.Add(limiter.Limit);
        }

        Assert.Equal(new[] { 4, 2, 1, 1 }, limits);
    }

    [Fact]
    public void Growth_waits_for_the_retry_after_then_adds_one_per_window_of_successes_up_to_the_ceiling()
    {
        var limiter = Limiter(8);
        limiter.Started();
        limiter.Throttled(TimeSpan.FromSeconds(5));
        Assert.Equal(4, limiter.Limit);

        now += TimeSpan.FromSeconds(4);
        for (var i = 0; i < 20; i++)
        {
            Assert.False(limiter.Finished(limiter.Started(), succeeded: true));
        }

        Assert.Equal(4, limiter.Limit);
        now += TimeSpan.FromSeconds(2);
        var raisedAfter = new List<int>();
        for (var i = 1; i <= 4 + 5 + 6 + 7 + 10; i++)
        {
            if (limiter.Finished(limiter.Started(), succeeded: true))
            {
                raisedAfter.Add(i);
            }
        }

        Assert.Equal(new[] { 4, 9, 15, 22 }, raisedAfter);
        Assert.Equal(8, limiter.Limit);
    }

    [Fact]
    public void A_429_without_retry_after_holds_growth_for_the_default_hold()
    {
        var limiter = Limiter(4);
        limiter.Started();
        limiter.Throttled(null);

        now += ConcurrencyLimiter.DefaultHold - TimeSpan.FromMilliseconds(1);
        Assert.False(limiter.Finished(limiter.Started(), succeeded: true));
        Assert.False(limiter.Finished(limiter.Started(), succeeded: true));
        now += TimeSpan.FromMilliseconds(2);
        limiter.Finished(limiter.Started(), succeeded: true);

        Assert.True(limiter.Finished(limiter.Started(), succeeded: true));
        Assert.Equal(3, limiter.Limit);
    }

    [Fact]
    public void Failures_that_are_not_throttling_neither_grow_nor_cut()
    {
        var limiter = Limiter(4);
        limiter.Started();
        limiter.Throttled(null);
        now += TimeSpan.FromSeconds(10);

        for (var i = 0; i < 10; i++)
        {
            Assert.False(limiter.Finished(limiter.Started(), succeeded: false));
        }

        Assert.Equal(2, limiter.Limit);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(ConcurrencyLimiter.MaxCeiling + 1)]
    public void A_ceiling_outside_the_range_is_refused(int ceiling)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ConcurrencyLimiter(ceiling, () => now));

        Assert.Contains("from 1 to " + ConcurrencyLimiter.MaxCeiling, error.Message);
    }

    private ConcurrencyLimiter Limiter(int ceiling) => new(ceiling, () => now);
}
