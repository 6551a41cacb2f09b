using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Waiting;

namespace IdentityCenter.Core.Tests.Waiting;

public class PollScheduleTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly PollSchedule schedule = new(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8));

    [Theory]
    [InlineData(RequestStates.Succeeded, true)]
    [InlineData(RequestStates.Failed, true)]
    [InlineData(RequestStates.InProgress, false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("succeeded", false)]
    [InlineData("QUEUED", false)]
    public void Only_SUCCEEDED_and_FAILED_are_final(string? status, bool final)
    {
        Assert.Equal(final, PollSchedule.IsFinal(status));
    }

    [Fact]
    public void The_pause_doubles_from_the_first_and_stops_at_the_longest()
    {
        var pauses = Enumerable.Range(0, 7).Select(schedule.DelayAfter).Select(d => d.TotalSeconds);

        Assert.Equal(new double[] { 1, 2, 4, 8, 8, 8, 8 }, pauses);
    }

    [Fact]
    public void A_huge_number_of_polls_does_not_overflow_the_pause()
    {
        Assert.Equal(TimeSpan.FromSeconds(8), schedule.DelayAfter(int.MaxValue));
    }

    [Fact]
    public void A_final_status_ends_the_wait_even_past_the_deadline()
    {
        var deadline = schedule.DeadlineFrom(Start);

        var decision = schedule.Decide(RequestStates.Failed, 3, deadline.AddMinutes(5), deadline);

        Assert.Equal(PollVerdict.Final, decision.Verdict);
        Assert.Null(decision.NextPollAt);
    }

    [Fact]
    public void In_progress_before_the_deadline_polls_again_after_the_scheduled_pause()
    {
        var deadline = schedule.DeadlineFrom(Start);
        var now = Start.AddSeconds(3);

        var decision = schedule.Decide(RequestStates.InProgress, 2, now, deadline);

        Assert.Equal(PollVerdict.PollAgain, decision.Verdict);
        Assert.Equal(TimeSpan.FromSeconds(4), decision.Delay);
        Assert.Equal(now.AddSeconds(4), decision.NextPollAt);
    }

    [Fact]
    public void The_last_poll_falls_on_the_deadline_rather_than_after_it()
    {
        var deadline = schedule.DeadlineFrom(Start);
        var now = deadline.AddSeconds(-3);

        var decision = schedule.Decide(RequestStates.InProgress, 5, now, deadline);

        Assert.Equal(PollVerdict.PollAgain, decision.Verdict);
        Assert.Equal(deadline, decision.NextPollAt);
        Assert.Equal(TimeSpan.FromSeconds(3), decision.Delay);
    }

    [Fact]
    public void In_progress_at_the_deadline_times_out()
    {
        var deadline = schedule.DeadlineFrom(Start);

        Assert.Equal(PollVerdict.TimedOut, schedule.Decide(RequestStates.InProgress, 9, deadline, deadline).Verdict);
        Assert.Equal(PollVerdict.TimedOut, schedule.Decide(null, 9, deadline.AddSeconds(1), deadline).Verdict);
    }

    [Fact]
    public void The_deadline_is_the_start_plus_the_time_limit()
    {
        Assert.Equal(Start.AddSeconds(60), schedule.DeadlineFrom(Start));
    }

    [Fact]
    public void Defaults_are_used_for_what_is_not_given()
    {
        var defaults = new PollSchedule();

        Assert.Equal(PollSchedule.DefaultTimeout, defaults.Timeout);
        Assert.Equal(PollSchedule.DefaultFirstDelay, defaults.FirstDelay);
        Assert.Equal(PollSchedule.DefaultMaxDelay, defaults.MaxDelay);
    }

    [Fact]
    public void A_time_limit_that_is_not_positive_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PollSchedule(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PollSchedule(TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public void A_first_pause_longer_than_the_longest_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PollSchedule(null, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(10)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PollSchedule(null, TimeSpan.Zero, TimeSpan.FromSeconds(10)));
    }

    [Theory]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(404, false)]
    [InlineData(403, false)]
    [InlineData(400, false)]
    public void Throttling_and_server_errors_are_worth_another_look_refusals_are_not(int status, bool passing)
    {
        var failure = new IdcServiceException(status, "IdentityCenter.X", "message", "req", null);

        Assert.Equal(passing, PollSchedule.IsPassingFailure(failure));
    }

    [Fact]
    public void A_lost_connection_is_worth_another_look()
    {
        Assert.True(PollSchedule.IsPassingFailure(new IdcTransportException("connection reset")));
        Assert.False(PollSchedule.IsPassingFailure(new InvalidOperationException("defect")));
    }
}

public class TimeoutValidationTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(24 * 3600 + 1)]
    public void A_time_limit_outside_the_range_names_the_parameter_and_the_limit(int seconds)
    {
        var error = Assert.Throws<IdcValidationException>(() => PollSchedule.ValidateTimeout("Timeout", TimeSpan.FromSeconds(seconds)));

        Assert.Equal("Timeout", error.Parameter);
        Assert.Contains("at most 24 hours", error.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(24 * 3600)]
    public void A_time_limit_inside_the_range_passes(int seconds)
    {
        PollSchedule.ValidateTimeout("Timeout", TimeSpan.FromSeconds(seconds));
    }
}
