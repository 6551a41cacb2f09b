using System.Diagnostics;

namespace IdentityCenter.Emulator.Tests;

/// <summary>Fault injection through the in-code API (server.Faults), one fault kind per test.</summary>
public sealed class FaultTests : EmulatorTestBase
{
    [Fact]
    public async Task Throttling_answers_429_with_retry_after_for_count_requests_then_recovers()
    {
        Server.Faults.Add(new FaultRule { Operation = EmulatorOperation.ListPermissionSets, Count = 2, Status = 429, RetryAfterSeconds = 3 });

        for (int i = 0; i < 2; i++)
        {
            ApiReply throttled = await Client.GetAsync(SignedClient.PermissionSetsPath);
            Assert.Equal(429, throttled.Status);
            Assert.Equal("APIGW.0308", throttled.ErrorCode);
            Assert.Equal(TimeSpan.FromSeconds(3), throttled.Headers.RetryAfter!.Delta);
            Assert.Equal(throttled.RequestIdHeader, throttled.Json.GetProperty("request_id").GetString());
        }

        ApiReply recovered = await Client.GetAsync(SignedClient.PermissionSetsPath);
        Assert.Equal(200, recovered.Status);
        Assert.Null(recovered.Headers.RetryAfter);
        Assert.Empty(Server.Faults.List());
    }

    [Theory]
    [InlineData(500, null, "IdentityCenter.500")]
    [InlineData(502, null, "IdentityCenter.502")]
    [InlineData(503, null, "APIGW.0801")]
    [InlineData(503, "APIGW.0308", "APIGW.0308")]
    [InlineData(409, "IdentityCenter.1006", "IdentityCenter.1006")]
    public async Task Error_status_is_answered_with_its_code_and_nothing_changes(int status, string? errorCode, string expectedCode)
    {
        Server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, Count = 1, Status = status, ErrorCode = errorCode });

        ApiReply failed = await Client.CreatePermissionSetAsync(new { name = "Admins" });

        Assert.Equal(status, failed.Status);
        Assert.Equal(expectedCode, failed.ErrorCode);
        Assert.Equal(0, Server.State.CountPermissionSets(EmulatorDefaults.InstanceId));
        Assert.Equal(200, (await Client.CreatePermissionSetAsync(new { name = "Admins" })).Status);
    }

    [Fact]
    public async Task Fault_message_can_be_set()
    {
        Server.Faults.Add(new FaultRule { Status = 500, ErrorMessage = "backend on fire" });

        Assert.Equal("backend on fire", (await Client.GetAsync("v1/instances")).ErrorMessage);
    }

    [Fact]
    public async Task Fault_affects_only_its_operation()
    {
        Server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, Status = 503 });

        Assert.Equal(200, (await Client.GetAsync(SignedClient.PermissionSetsPath)).Status);
        Assert.Equal(200, (await Client.GetAsync("v1/instances")).Status);
        Assert.Equal(503, (await Client.CreatePermissionSetAsync(new { name = "A" })).Status);
        Assert.Equal(503, (await Client.CreatePermissionSetAsync(new { name = "A" })).Status);
    }

    [Fact]
    public async Task Wildcard_fault_affects_every_operation()
    {
        Server.Faults.Add(new FaultRule { Operation = EmulatorOperation.Any, Status = 500 });

        Assert.Equal(500, (await Client.GetAsync("v1/instances")).Status);
        Assert.Equal(500, (await Client.GetAsync("v3/auth/domains")).Status);
        Assert.Equal(500, (await Client.GetAsync(SignedClient.PermissionSetsPath + "/ps-0000000000000000")).Status);
    }

    [Fact]
    public async Task Badly_signed_requests_do_not_consume_faults()
    {
        Server.Faults.Add(new FaultRule { Count = 1, Status = 500 });
        Client.Credentials = TestCredentials.Permanent with { SecretAccessKey = "wrong" };

        Assert.Equal(401, (await Client.GetAsync("v1/instances")).Status);
        Assert.Equal(1, Assert.Single(Server.Faults.List()).Remaining);

        Client.Credentials = TestCredentials.Permanent;
        Assert.Equal(500, (await Client.GetAsync("v1/instances")).Status);
        Assert.Equal(200, (await Client.GetAsync("v1/instances")).Status);
    }

    [Fact]
    public async Task Delay_holds_the_reply()
    {
        Server.Faults.Add(new FaultRule { Operation = EmulatorOperation.ListInstances, Count = 1, DelayMs = 300 });

        var watch = Stopwatch.StartNew();
        ApiReply reply = await Client.GetAsync("v1/instances");
        watch.Stop();

        Assert.Equal(200, reply.Status);
        Assert.True(watch.ElapsedMilliseconds >= 290, $"replied after {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Delay_combines_with_a_status()
    {
        Server.Faults.Add(new FaultRule { Count = 1, DelayMs = 200, Status = 503, RetryAfterSeconds = 1 });

        var watch = Stopwatch.StartNew();
        ApiReply reply = await Client.GetAsync("v1/instances");

        Assert.True(watch.ElapsedMilliseconds >= 190, $"replied after {watch.ElapsedMilliseconds} ms");
        Assert.Equal(503, reply.Status);
        Assert.Equal(TimeSpan.FromSeconds(1), reply.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task Delayed_request_is_freed_when_the_client_cancels()
    {
        Server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, DelayMs = 30_000 });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var watch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Client.SendAsync(HttpMethod.Post, SignedClient.PermissionSetsPath, "{\"name\":\"Slow\"}", cancel.Token));

        RequestLogEntry? entry = await Server.RequestLog.WaitForAsync(e => e.Outcome == RequestOutcome.Cancelled, TimeSpan.FromSeconds(10));
        watch.Stop();
        Assert.NotNull(entry);
        Assert.Equal(EmulatorOperation.CreatePermissionSet, entry.Operation);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"freed after {watch.Elapsed}");
        Assert.Equal(0, Server.State.CountPermissionSets(EmulatorDefaults.InstanceId));
    }

    [Fact]
    public async Task Stopping_the_server_frees_held_requests_at_once()
    {
        Server.Faults.Add(new FaultRule { DelayMs = 60_000 });
        Task<ApiReply> held = Client.GetAsync("v1/instances");
        Assert.True(await WaitUntilAppliedAsync(), "the request never reached the fault");

        var watch = Stopwatch.StartNew();
        await Server.DisposeAsync();
        watch.Stop();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), $"stopped after {watch.Elapsed}");
        await Assert.ThrowsAnyAsync<Exception>(() => held);
    }

    [Fact]
    public async Task Drop_before_aborts_the_connection_and_changes_nothing()
    {
        Server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, Count = 1, Drop = FaultDrop.Before });

        // A fresh connection: HttpClient may silently resend a request that failed on a reused one.
        using var fresh = new SignedClient(Server);
        await Assert.ThrowsAsync<HttpRequestException>(() => fresh.CreatePermissionSetAsync(new { name = "Dropped" }));

        Assert.Equal(0, Server.State.CountPermissionSets(EmulatorDefaults.InstanceId));
        RequestLogEntry entry = Assert.Single(Server.RequestLog);
        Assert.Equal(RequestOutcome.Dropped, entry.Outcome);
        Assert.Equal(0, entry.StatusCode);
        Assert.Equal(200, (await Client.CreatePermissionSetAsync(new { name = "Dropped" })).Status);
    }

    [Fact]
    public async Task Drop_after_commits_exactly_once_but_the_client_sees_a_failure()
    {
        Server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, Count = 1, Drop = FaultDrop.After });

        using var fresh = new SignedClient(Server);
        await Assert.ThrowsAsync<HttpRequestException>(() => fresh.CreatePermissionSetAsync(new { name = "Committed" }));

        Assert.Equal(1, Server.State.CountPermissionSets(EmulatorDefaults.InstanceId));
        Assert.Equal(RequestOutcome.Dropped, Assert.Single(Server.RequestLog).Outcome);

        ApiReply retry = await Client.CreatePermissionSetAsync(new { name = "Committed" });
        Assert.Equal(409, retry.Status);
        Assert.Equal("IdentityCenter.1206", retry.ErrorCode);
        Assert.Equal(1, Server.State.CountPermissionSets(EmulatorDefaults.InstanceId));
    }

    [Fact]
    public async Task Seeded_probability_gives_the_same_pattern_on_every_run()
    {
        var rule = new FaultRule { Operation = EmulatorOperation.ListInstances, Probability = 0.5, Seed = 1234, Status = 500 };
        List<int> first = await StatusPatternAsync(Server, rule);

        await using EmulatorServer other = await EmulatorServer.StartAsync();
        List<int> second = await StatusPatternAsync(other, rule);

        Assert.Equal(first, second);
        Assert.Contains(200, first);
        Assert.Contains(500, first);
    }

    [Fact]
    public async Task Probability_zero_never_fires_and_one_always_does()
    {
        Server.Faults.Add(new FaultRule { Operation = EmulatorOperation.ListInstances, Probability = 0, Status = 500 });
        Server.Faults.Add(new FaultRule { Operation = EmulatorOperation.ListDomains, Probability = 1, Status = 500 });

        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(200, (await Client.GetAsync("v1/instances")).Status);
            Assert.Equal(500, (await Client.GetAsync("v3/auth/domains")).Status);
        }
    }

    [Fact]
    public async Task First_matching_rule_wins_and_used_up_rules_disappear()
    {
        Server.Faults.Add(new FaultRule { Operation = EmulatorOperation.ListInstances, Count = 1, Status = 502 });
        Server.Faults.Add(new FaultRule { Count = 1, Status = 503 });

        Assert.Equal(502, (await Client.GetAsync("v1/instances")).Status);
        Assert.Equal(503, (await Client.GetAsync("v1/instances")).Status);
        Assert.Equal(200, (await Client.GetAsync("v1/instances")).Status);
    }

    [Fact]
    public void Invalid_rules_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Server.Faults.Add(new FaultRule { Status = 200 }));
        Assert.Throws<ArgumentException>(() => Server.Faults.Add(new FaultRule { Status = 500, Count = 0 }));
        Assert.Throws<ArgumentException>(() => Server.Faults.Add(new FaultRule { Status = 500, Probability = 1.5 }));
        Assert.Throws<ArgumentException>(() => Server.Faults.Add(new FaultRule { Status = 500, Drop = FaultDrop.After }));
        Assert.Throws<ArgumentException>(() => Server.Faults.Add(new FaultRule()));
        Assert.Throws<ArgumentException>(() => Server.Faults.AddRange(new[] { new FaultRule { Status = 500 }, new FaultRule() }));
        Assert.Empty(Server.Faults.List());
    }

    /// <summary>A held request is logged only when it ends, so watch the fault's use count instead.</summary>
    private async Task<bool> WaitUntilAppliedAsync()
    {
        for (int i = 0; i < 500; i++)
        {
            if (Server.Faults.List().Single().TimesApplied > 0)
            {
                return true;
            }

            await Task.Delay(10);
        }

        return false;
    }

    private static async Task<List<int>> StatusPatternAsync(EmulatorServer server, FaultRule rule)
    {
        server.Faults.Add(rule);
        using var client = new SignedClient(server);
        var statuses = new List<int>();
        for (int i = 0; i < 20; i++)
        {
            statuses.Add((await client.GetAsync("v1/instances")).Status);
        }

        return statuses;
    }
}
