using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Http;

namespace IdentityCenter.Core.Tests.Http;

public class RetryDecisionTests
{
    [Theory]
    [InlineData(429, "", true)]
    [InlineData(500, "", true)]
    [InlineData(502, "", true)]
    [InlineData(503, "", true)]
    [InlineData(504, "", true)]
    [InlineData(400, "{\"error_code\":\"IdentityCenter.400\"}", false)]
    [InlineData(403, "{\"error_code\":\"APIGW.0308\"}", true)]
    [InlineData(409, "{\"error_code\":\"IdentityCenter.1006\"}", true)]
    [InlineData(409, "{\"error_code\":\"IdentityCenter.1206\"}", false)]
    [InlineData(401, "{\"error_code\":\"APIGW.0301\"}", false)]
    [InlineData(501, "", false)]
    public void Knows_what_is_worth_another_attempt(int status, string body, bool retryable)
    {
        Assert.Equal(retryable, RetryDecision.IsRetryable(ServiceErrorParser.Parse(status, Encoding.UTF8.GetBytes(body), null)));
    }

    [Fact]
    public void Backoff_is_full_jitter_under_a_doubling_ceiling_and_the_cap()
    {
        var policy = new RetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(300) };
        var random = new Random(7);
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            var ceiling = Math.Min(300, 100 * Math.Pow(2, attempt - 1));
            var delays = Enumerable.Range(0, 200).Select(_ => RetryDecision.Backoff(policy, attempt, random).TotalMilliseconds).ToList();
            Assert.All(delays, d => Assert.InRange(d, 0, ceiling));
            Assert.True(delays.Max() > ceiling * 0.8, "jitter should spread over the whole range");
        }
    }

    [Fact]
    public void Retry_after_is_read_as_seconds_or_as_a_date()
    {
        var now = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
        using var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        seconds.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
        using var date = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        date.Headers.RetryAfter = new RetryConditionHeaderValue(now.AddSeconds(30));
        using var past = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        past.Headers.RetryAfter = new RetryConditionHeaderValue(now.AddSeconds(-30));
        using var none = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.Equal(TimeSpan.FromSeconds(7), RetryDecision.RetryAfter(seconds, now));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryDecision.RetryAfter(date, now));
        Assert.Equal(TimeSpan.Zero, RetryDecision.RetryAfter(past, now));
        Assert.Null(RetryDecision.RetryAfter(none, now));
    }

    [Fact]
    public void Only_server_errors_leave_the_outcome_unknown()
    {
        Assert.False(RetryDecision.MayHaveBeenApplied(429));
        Assert.True(RetryDecision.MayHaveBeenApplied(500));
        Assert.True(RetryDecision.MayHaveBeenApplied(503));
    }
}
