using System.Diagnostics;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Tests.Http;
using IdentityCenter.Emulator;
using IdentityCenter.Emulator.Faults;
using IdentityCenter.Reliability;

namespace IdentityCenter.Core.Tests.EndToEnd;

[Collection(EndToEndCollection.Name)]
public class FaultToleranceTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorServer server = Reset(fixture.Server);

    private static CreatePermissionSetRequest Create(string name, string? description = null) =>
        new() { InstanceId = EmulatorDefaults.InstanceId, Name = name, Description = description, SessionDuration = "PT4H" };

    [Fact]
    public async Task A_create_whose_reply_was_lost_after_commit_returns_the_one_set_without_error()
    {
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, Count = 1, Drop = FaultDrop.After });
        var sink = new RecordingSink();

        var created = await EmulatorClients.For(server, sink: sink).CreatePermissionSetAsync(Create("Runbook", "nightly"));

        var held = Assert.Single(server.State.GetPermissionSets(EmulatorDefaults.InstanceId));
        Assert.Equal((held.PermissionSetId, "Runbook", "nightly"), (created.PermissionSetId, created.Name, created.Description));
        Assert.Contains(sink.Messages(IdcEventLevel.Verbose), m => m.Contains("earlier attempt"));
    }

    [Fact]
    public async Task A_lost_reply_followed_by_a_different_set_of_the_same_name_is_a_conflict()
    {
        server.State.CreatePermissionSet(EmulatorDefaults.InstanceId, "Shared", description: "someone else's");
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, Count = 1, Status = 503 });

        var error = await Assert.ThrowsAsync<IdcServiceException>(() => EmulatorClients.For(server).CreatePermissionSetAsync(Create("Shared", "mine")));

        Assert.Equal("IdentityCenter.1206", error.ErrorCode);
        Assert.Single(server.State.GetPermissionSets(EmulatorDefaults.InstanceId));
    }

    [Fact]
    public async Task A_connection_dropped_before_commit_is_retried_into_one_set()
    {
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, Count = 2, Drop = FaultDrop.Before });

        var created = await EmulatorClients.For(server).CreatePermissionSetAsync(Create("Dropped"));

        Assert.Equal(created.PermissionSetId, Assert.Single(server.State.GetPermissionSets(EmulatorDefaults.InstanceId)).PermissionSetId);
        Assert.Equal(3, server.RequestLog.Snapshot().Count(e => e.Operation == EmulatorOperation.CreatePermissionSet));
    }

    [Fact]
    public async Task Throttling_is_retried_after_the_servers_retry_after_and_reported_on_the_verbose_stream()
    {
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.PutCustomPolicy, Count = 2, Status = 429, RetryAfterSeconds = 1 });
        var set = server.State.CreatePermissionSet(EmulatorDefaults.InstanceId, "Throttled");
        var sink = new RecordingSink();
        var retry = TestClients.FastRetry(attempts: 4);
        retry.MaxRetryAfter = TimeSpan.FromSeconds(2);
        var watch = Stopwatch.StartNew();

        await EmulatorClients.For(server, sink: sink, retry: retry).PutCustomPolicyAsync(
            new PutCustomPolicyRequest { InstanceId = EmulatorDefaults.InstanceId, PermissionSetId = set.PermissionSetId, Policy = "{}" });

        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1.9), $"waited {watch.Elapsed} for two Retry-After: 1");
        var retries = sink.Messages(IdcEventLevel.Verbose).Where(m => m.StartsWith("Retrying", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, retries.Count);
        Assert.All(retries, m => Assert.Contains("HTTP 429", m));
        Assert.All(retries, m => Assert.Contains("Retry-After", m));
    }

    [Fact]
    public async Task A_retry_announcement_says_what_the_reply_meant_and_the_wait_it_asked_for()
    {
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.PutCustomPolicy, Count = 1, Status = 429, RetryAfterSeconds = 1 });
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.PutCustomPolicy, Count = 1, Status = 503 });
        var set = server.State.CreatePermissionSet(EmulatorDefaults.InstanceId, "Paced");
        var sink = new RecordingSink();
        var retry = TestClients.FastRetry(attempts: 4);
        retry.MaxRetryAfter = TimeSpan.FromSeconds(2);

        await EmulatorClients.For(server, sink: sink, retry: retry).PutCustomPolicyAsync(
            new PutCustomPolicyRequest { InstanceId = EmulatorDefaults.InstanceId, PermissionSetId = set.PermissionSetId, Policy = "{}" });

        var retries = sink.Events.Where(e => e.Message.StartsWith("Retrying", StringComparison.Ordinal)).ToList();
        Assert.Equal(new ServiceErrorKind?[] { ServiceErrorKind.Throttled, ServiceErrorKind.ServerError }, retries.Select(e => e.RetriedAfter));
        Assert.Equal(new TimeSpan?[] { TimeSpan.FromSeconds(1), null }, retries.Select(e => e.RetryAfter));
        Assert.All(sink.Events.Where(e => !e.Message.StartsWith("Retrying", StringComparison.Ordinal)), e => Assert.Null(e.RetriedAfter));
    }

    [Fact]
    public async Task A_sink_that_shows_only_warnings_gets_no_per_request_lines_but_still_the_retry_announcements()
    {
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, Count = 1, Status = 429 });
        var sink = new WarningsOnlySink();

        await EmulatorClients.For(server, sink: sink, retry: TestClients.FastRetry(attempts: 3)).CreatePermissionSetAsync(Create("Filtered"));

        var retry = Assert.Single(sink.Events);
        Assert.Equal(ServiceErrorKind.Throttled, retry.RetriedAfter);
    }

    [Fact]
    public async Task Retries_stop_at_the_attempt_limit_with_the_last_error()
    {
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, Status = 503 });

        var error = await Assert.ThrowsAsync<IdcServiceException>(() =>
            EmulatorClients.For(server, retry: TestClients.FastRetry(attempts: 3)).CreatePermissionSetAsync(Create("Never")));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(3, server.RequestLog.Snapshot().Count(e => e.Operation == EmulatorOperation.CreatePermissionSet));
    }

    [Fact]
    public async Task Cancellation_ends_a_call_to_a_slow_route_within_a_second()
    {
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, DelayMs = 30_000 });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var watch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => EmulatorClients.For(server).CreatePermissionSetAsync(Create("Slow"), cancel.Token));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1.2), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task An_attempt_without_a_reply_times_out_and_the_call_reports_it()
    {
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, DelayMs = 30_000 });
        var retry = TestClients.FastRetry(attempts: 2);
        retry.AttemptTimeout = TimeSpan.FromMilliseconds(300);
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<IdcTransportException>(() => EmulatorClients.For(server, retry: retry).CreatePermissionSetAsync(Create("Late")));

        Assert.Contains("attempt time limit", error.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task The_total_time_limit_bounds_every_attempt_and_wait()
    {
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, DelayMs = 30_000 });
        var retry = TestClients.FastRetry(attempts: 10);
        retry.TotalTimeout = TimeSpan.FromMilliseconds(500);
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<IdcTransportException>(() => EmulatorClients.For(server, retry: retry).CreatePermissionSetAsync(Create("Bounded")));

        Assert.Contains("total time limit", error.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_short_reliability_run_loses_and_duplicates_nothing()
    {
        var report = await ReliabilityRun.RunAsync(new ReliabilityOptions { Creates = 150, PolicyPuts = 150, Assignments = 120, Seed = 99 });

        Assert.True(report.Passed, report.ToString());
        Assert.Equal((150, 150, 0, 0), (report.CreatesSucceeded, report.PutsSucceeded, report.Duplicates, report.Lost));
        Assert.Equal((120, 120, 0, 0), (report.AssignmentsAsked, report.AssignmentsSucceeded, report.AssignmentDuplicates, report.AssignmentsLost));
        Assert.True(report.Throttled + report.ServerErrors > 20, report.ToString());
        Assert.True(report.RequestsSent > 300, report.ToString());
    }

    private static EmulatorServer Reset(EmulatorServer server)
    {
        server.Reset();
        return server;
    }
}
