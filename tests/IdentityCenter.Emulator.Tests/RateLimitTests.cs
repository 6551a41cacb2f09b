namespace IdentityCenter.Emulator.Tests;

/// <summary>--rate-limit: a token bucket on the emulator's clock, so tests move the clock instead of waiting.</summary>
public sealed class RateLimitTests : EmulatorTestBase
{
    private readonly FixedTimeProvider _clock = new(DateTimeOffset.UtcNow);

    protected override EmulatorOptions CreateOptions() => new() { TimeProvider = _clock, RateLimit = 2 };

    [Fact]
    public async Task Beyond_the_burst_requests_get_429_with_retry_after_until_tokens_refill()
    {
        Assert.Equal(200, (await Client.GetAsync("v1/instances")).Status);
        Assert.Equal(200, (await Client.GetAsync(SignedClient.PermissionSetsPath)).Status);

        ApiReply throttled = await Client.GetAsync("v1/instances");
        Assert.Equal(429, throttled.Status);
        Assert.Equal("APIGW.0308", throttled.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(1), throttled.Headers.RetryAfter!.Delta);
        Assert.Equal(throttled.RequestIdHeader, throttled.Json.GetProperty("request_id").GetString());

        _clock.Now += TimeSpan.FromMilliseconds(500);
        Assert.Equal(200, (await Client.GetAsync("v1/instances")).Status);
        Assert.Equal(429, (await Client.GetAsync("v1/instances")).Status);
    }

    [Fact]
    public async Task Throttled_requests_change_nothing_and_admin_calls_are_not_limited()
    {
        await Client.GetAsync("v1/instances");
        await Client.GetAsync("v1/instances");

        Assert.Equal(429, (await Client.CreatePermissionSetAsync(new { name = "Throttled" })).Status);
        Assert.Equal(0, Server.State.CountPermissionSets(EmulatorDefaults.InstanceId));
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(200, (await Client.AdminAsync(HttpMethod.Get, "_emulator/state")).Status);
        }
    }

    [Fact]
    public async Task A_slow_rate_asks_to_wait_longer()
    {
        await using EmulatorServer server = await EmulatorServer.StartAsync(new EmulatorOptions { TimeProvider = _clock, RateLimit = 0.25 });
        using var client = new SignedClient(server);

        Assert.Equal(200, (await client.GetAsync("v1/instances")).Status);
        ApiReply throttled = await client.GetAsync("v1/instances");

        Assert.Equal(429, throttled.Status);
        Assert.Equal(TimeSpan.FromSeconds(4), throttled.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task Invalid_rate_is_refused_at_start()
    {
        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => EmulatorServer.StartAsync(new EmulatorOptions { RateLimit = 0 }));
        Assert.Contains("RateLimit must be a positive number of requests per second, got 0", error.Message, StringComparison.Ordinal);
    }
}
