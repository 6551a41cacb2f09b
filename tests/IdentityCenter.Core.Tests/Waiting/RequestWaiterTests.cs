using System.Collections.Concurrent;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Waiting;

namespace IdentityCenter.Core.Tests.Waiting;

public class RequestWaiterTests
{
    private readonly FakeClock clock = new();
    private readonly PollSchedule schedule = new(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4));

    /// <summary>Replies per request id, one per look; the last one repeats.</summary>
    private readonly Dictionary<string, Queue<Func<AsyncRequestStatus>>> replies = new();

    private readonly ConcurrentQueue<string> looks = new();

    private static AccountAssignmentStatus Accepted(string requestId, string status = RequestStates.InProgress) => new()
    {
        InstanceId = "ins-0000000000000001",
        RequestId = requestId,
        Status = status,
        Operation = AssignmentOperation.Create,
        PermissionSetId = "ps-0000000000000001",
        PrincipalType = PrincipalTypes.Group,
        PrincipalId = "group-1",
        AccountId = "account-1",
    };

    private static Func<AsyncRequestStatus> Reply(string requestId, string status, string? reason = null) =>
        () => new AccountAssignmentStatus { RequestId = requestId, Status = status, FailureReason = reason, Operation = AssignmentOperation.Create };

    private void Script(string requestId, params Func<AsyncRequestStatus>[] sequence) => replies[requestId] = new Queue<Func<AsyncRequestStatus>>(sequence);

    private Task<AsyncRequestStatus> Refresh(AsyncRequestStatus status, CancellationToken cancellationToken)
    {
        looks.Enqueue(status.RequestId!);
        var queue = replies[status.RequestId!];
        var next = queue.Count > 1 ? queue.Dequeue() : queue.Peek();
        return Task.FromResult(next());
    }

    private RequestWaiter NewWaiter(int concurrency = 4, Func<AsyncRequestStatus, CancellationToken, Task<AsyncRequestStatus>>? refresh = null) =>
        new(schedule, refresh ?? Refresh, concurrency, () => clock.Now, clock.Delay);

    [Fact]
    public async Task Requests_reach_their_final_states_and_keep_the_order_they_were_added_in()
    {
        Script("a", Reply("a", RequestStates.InProgress), Reply("a", RequestStates.Succeeded));
        Script("b", Reply("b", RequestStates.Failed, "Group not found"));
        Script("c", Reply("c", RequestStates.InProgress), Reply("c", RequestStates.InProgress), Reply("c", RequestStates.Succeeded));
        var waiter = NewWaiter();
        foreach (var id in new[] { "a", "b", "c" })
        {
            waiter.Add(Accepted(id));
        }

        await waiter.WaitAllAsync();

        Assert.Equal(new[] { "a", "b", "c" }, waiter.Entries.Select(e => e.Status.RequestId));
        Assert.Equal(new[] { WaitState.Succeeded, WaitState.Failed, WaitState.Succeeded }, waiter.Entries.Select(e => e.State));
        Assert.Equal(new[] { 2, 1, 3 }, waiter.Entries.Select(e => e.Polls));
        Assert.Equal("Group not found", waiter.Entries[1].Status.FailureReason);
        var counts = waiter.Counts;
        Assert.Equal((3, 2, 1, 0, 0), (counts.Total, counts.Succeeded, counts.Failed, counts.TimedOut, counts.Waiting));
    }

    [Fact]
    public async Task Each_request_is_looked_at_after_the_growing_pauses_of_the_schedule()
    {
        Script("a", Reply("a", RequestStates.InProgress), Reply("a", RequestStates.InProgress), Reply("a", RequestStates.InProgress), Reply("a", RequestStates.Succeeded));
        var waiter = NewWaiter();
        waiter.Add(Accepted("a"));

        await waiter.WaitAllAsync();

        Assert.Equal(new[] { 1.0, 2, 4, 4 }, clock.Pauses.Select(p => p.TotalSeconds));
    }

    [Fact]
    public async Task A_status_that_was_already_final_is_settled_without_a_look()
    {
        var waiter = NewWaiter();
        waiter.Add(Accepted("done", RequestStates.Succeeded));

        var round = await waiter.NextRoundAsync();

        Assert.True(waiter.IsComplete);
        Assert.Empty(round.Polls);
        Assert.Empty(looks);
        Assert.Equal(WaitState.Succeeded, waiter.Entries[0].State);
    }

    [Fact]
    public async Task A_round_looks_at_no_more_requests_than_the_concurrency_limit()
    {
        var waiter = NewWaiter(concurrency: 2);
        foreach (var id in new[] { "a", "b", "c", "d", "e" })
        {
            Script(id, Reply(id, RequestStates.Succeeded));
            waiter.Add(Accepted(id));
        }

        var sizes = new List<int>();
        await waiter.WaitAllAsync(round => sizes.Add(round.Polls.Count));

        Assert.Equal(new[] { 2, 2, 1 }, sizes);
        Assert.Equal(new[] { "a", "b", "c", "d", "e" }, looks);
    }

    [Fact]
    public async Task At_most_the_limit_of_looks_are_in_flight_at_once()
    {
        var inFlight = 0;
        var most = 0;
        async Task<AsyncRequestStatus> Slow(AsyncRequestStatus status, CancellationToken token)
        {
            var now = Interlocked.Increment(ref inFlight);
            lock (this)
            {
                most = Math.Max(most, now);
            }

            await Task.Delay(20, token);
            Interlocked.Decrement(ref inFlight);
            return Reply(status.RequestId!, RequestStates.Succeeded)();
        }

        var waiter = NewWaiter(concurrency: 3, refresh: Slow);
        for (var i = 0; i < 10; i++)
        {
            waiter.Add(Accepted("r" + i));
        }

        await waiter.WaitAllAsync();

        Assert.True(waiter.Entries.All(e => e.State == WaitState.Succeeded));
        Assert.InRange(most, 1, 3);
    }

    [Fact]
    public async Task A_request_still_in_progress_at_the_deadline_times_out_with_an_error_naming_its_request_id()
    {
        Script("slow", Reply("slow", RequestStates.InProgress));
        Script("quick", Reply("quick", RequestStates.Succeeded));
        var waiter = NewWaiter();
        waiter.Add(Accepted("slow"));
        waiter.Add(Accepted("quick"));

        await waiter.WaitAllAsync();

        Assert.Equal(WaitState.TimedOut, waiter.Entries[0].State);
        Assert.Equal(WaitState.Succeeded, waiter.Entries[1].State);
        Assert.Equal(waiter.Deadline, clock.Now);
        var failure = Assert.IsType<IdcWaitTimeoutException>(waiter.Entries[0].Failure());
        Assert.Equal("slow", failure.RequestId);
        Assert.Contains("slow", failure.Message);
        Assert.Contains("30 s", failure.Message);
        Assert.Null(waiter.Entries[1].Failure());
    }

    [Fact]
    public async Task A_FAILED_request_gives_an_error_carrying_the_failure_reason_and_request_id()
    {
        Script("bad", Reply("bad", RequestStates.Failed, "Account is suspended"));
        var waiter = NewWaiter();
        waiter.Add(Accepted("bad"));

        await waiter.WaitAllAsync();

        var failure = Assert.IsType<IdcRequestFailedException>(waiter.Entries[0].Failure());
        Assert.Equal("bad", failure.RequestId);
        Assert.Equal("Account is suspended", failure.FailureReason);
        Assert.Contains("Account is suspended", failure.Message);
        Assert.Contains("bad", failure.Message);
    }

    [Fact]
    public async Task Throttled_looks_are_tried_again_and_the_request_still_settles()
    {
        var calls = 0;
        Task<AsyncRequestStatus> Throttled(AsyncRequestStatus status, CancellationToken token) =>
            ++calls < 3
                ? Task.FromException<AsyncRequestStatus>(new IdcServiceException(429, "APIGW.0308", "throttled", "r", null))
                : Task.FromResult(Reply(status.RequestId!, RequestStates.Succeeded)());

        var waiter = NewWaiter(refresh: Throttled);
        waiter.Add(Accepted("a"));
        var failures = new List<Exception?>();

        await waiter.WaitAllAsync(round => failures.AddRange(round.Polls.Select(p => p.Failure)));

        Assert.Equal(WaitState.Succeeded, waiter.Entries[0].State);
        Assert.Equal(3, failures.Count);
        Assert.IsType<IdcServiceException>(failures[0]);
        Assert.Null(failures[2]);
    }

    [Fact]
    public async Task A_request_the_service_does_not_know_is_unreadable_and_the_others_go_on()
    {
        Task<AsyncRequestStatus> Lookup(AsyncRequestStatus status, CancellationToken token) =>
            status.RequestId == "gone"
                ? Task.FromException<AsyncRequestStatus>(new IdcServiceException(404, "IdentityCenter.404", "no such request", "r", null))
                : Task.FromResult(Reply(status.RequestId!, RequestStates.Succeeded)());

        var waiter = NewWaiter(refresh: Lookup);
        waiter.Add(Accepted("gone"));
        waiter.Add(Accepted("fine"));

        await waiter.WaitAllAsync();

        Assert.Equal(WaitState.Unreadable, waiter.Entries[0].State);
        Assert.Equal(1, waiter.Entries[0].Polls);
        Assert.IsType<IdcServiceException>(waiter.Entries[0].Failure());
        Assert.Equal(WaitState.Succeeded, waiter.Entries[1].State);
        Assert.Equal(1, waiter.Counts.Failed);
    }

    [Fact]
    public async Task Cancelling_stops_the_wait_and_leaves_unsettled_requests_waiting()
    {
        Script("a", Reply("a", RequestStates.InProgress));
        Script("b", Reply("b", RequestStates.Succeeded));
        var waiter = NewWaiter();
        waiter.Add(Accepted("a"));
        waiter.Add(Accepted("b"));
        using var cancel = new CancellationTokenSource();

        await waiter.NextRoundAsync(cancel.Token);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter.NextRoundAsync(cancel.Token));
        Assert.Equal(WaitState.Waiting, waiter.Entries[0].State);
        Assert.Equal(WaitState.Succeeded, waiter.Entries[1].State);
        Assert.Equal(new[] { "a" }, waiter.Entries.Where(e => !e.IsSettled).Select(e => e.Status.RequestId));
    }

    [Fact]
    public void A_status_without_a_request_id_cannot_be_followed()
    {
        var waiter = NewWaiter();

        var entry = waiter.Add(Accepted(null!));

        Assert.Equal(WaitState.Unreadable, entry.State);
        Assert.IsType<IdcTransportException>(entry.Failure());
    }

    [Fact]
    public async Task The_latest_status_keeps_the_instance_the_request_belongs_to()
    {
        Script("a", Reply("a", RequestStates.Succeeded));
        var waiter = NewWaiter();
        waiter.Add(Accepted("a"));

        await waiter.WaitAllAsync();

        Assert.Equal("ins-0000000000000001", waiter.Entries[0].Status.InstanceId);
    }
}

public class EarlyWakeTests
{
    [Fact]
    public async Task A_pause_that_ends_before_the_clock_reaches_the_due_time_is_finished_before_the_look()
    {
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var pauses = new List<TimeSpan>();
        Task EarlyDelay(TimeSpan pause, CancellationToken token)
        {
            // The timer wakes 1 ms early each time, as a coarse timer may.
            pauses.Add(pause);
            now += pause > TimeSpan.FromMilliseconds(1) ? pause - TimeSpan.FromMilliseconds(1) : pause;
            return Task.CompletedTask;
        }

        var schedule = new PollSchedule(TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        var waiter = new RequestWaiter(schedule, (s, t) => Task.FromResult<AsyncRequestStatus>(new AccountAssignmentStatus { RequestId = s.RequestId, Status = RequestStates.Succeeded }), 1, () => now, EarlyDelay);
        waiter.Add(new AccountAssignmentStatus { RequestId = "r", Status = RequestStates.InProgress });

        var round = await waiter.NextRoundAsync();

        Assert.Single(round.Polls);
        Assert.Equal(new[] { TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(1) }, pauses);
    }
}
