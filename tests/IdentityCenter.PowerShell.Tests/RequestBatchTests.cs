using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Waiting;
using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.Waiting;

namespace IdentityCenter.PowerShell.Tests;

public class RequestBatchTests
{
    private static ItemOperation Item(string name) => new(name, "Grant", "grant", name);

    private static AccountAssignmentStatus Status(string id, string state = RequestStates.InProgress) =>
        new() { InstanceId = "ins-1", RequestId = id, Status = state, Operation = AssignmentOperation.Create, PermissionSetId = "ps-1", PrincipalType = "GROUP", PrincipalId = "g", AccountId = "a" };

    private static RequestWaiter Waiter() => new(new PollSchedule(), (s, t) => Task.FromResult<AsyncRequestStatus>(s));

    [Fact]
    public void Results_are_handed_out_in_input_order_even_when_a_later_send_ends_first()
    {
        var batch = new RequestBatch();
        var first = new TaskCompletionSource<AsyncRequestStatus>();
        batch.Add(Item("one"), first.Task);
        batch.Add(Item("two"), Task.FromResult<AsyncRequestStatus>(Status("r2")));

        Assert.Empty(batch.TakeReady(waiting: false));
        Assert.Equal(1, batch.InFlight);
        Assert.Equal("one", batch.OldestInFlight!.Operation.Target);

        first.SetResult(Status("r1"));

        Assert.Equal(new[] { "one", "two" }, batch.TakeReady(waiting: false).Select(i => i.Operation.Target));
        Assert.Empty(batch.TakeReady(waiting: false));
        Assert.Null(batch.OldestInFlight);
    }

    [Fact]
    public void With_wait_an_item_is_ready_only_once_its_request_is_settled_and_a_failed_send_at_once()
    {
        var batch = new RequestBatch();
        var waiter = Waiter();
        batch.Add(Item("pending"), Task.FromResult<AsyncRequestStatus>(Status("r1")));
        batch.Add(Item("refused"), Task.FromException<AsyncRequestStatus>(new IdcServiceException(409, "IdentityCenter.1007", "exists", "x", null)));
        batch.Add(Item("done"), Task.FromResult<AsyncRequestStatus>(Status("r3", RequestStates.Succeeded)));

        batch.Follow(waiter);

        Assert.Empty(batch.TakeReady(waiting: true));
        Assert.Equal(2, waiter.Entries.Count);
        Assert.IsType<IdcServiceException>(batch.Items[1].SendFailure);
        Assert.Null(batch.Items[1].Entry);
        Assert.Equal(new[] { "r1" }, batch.InProgress().Select(s => s.RequestId));
    }

    [Fact]
    public async Task Followed_items_come_out_in_order_as_the_wait_settles_them()
    {
        var batch = new RequestBatch();
        var waiter = new RequestWaiter(new PollSchedule(TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(1)), (s, t) => Task.FromResult<AsyncRequestStatus>(Status(s.RequestId!, RequestStates.Succeeded)));
        batch.Add(Item("one"), Task.FromResult<AsyncRequestStatus>(Status("r1")));
        batch.Add(Item("two"), Task.FromException<AsyncRequestStatus>(new IdcTransportException("reset")));
        batch.Follow(waiter);

        await waiter.WaitAllAsync();

        var ready = batch.TakeReady(waiting: true);
        Assert.Equal(new[] { "one", "two" }, ready.Select(i => i.Operation.Target));
        Assert.Equal(RequestStates.Succeeded, ready[0].Entry!.Status.Status);
        Assert.Empty(batch.InProgress());
    }

    [Fact]
    public void Following_twice_adds_each_request_once()
    {
        var batch = new RequestBatch();
        var waiter = Waiter();
        batch.Add(Item("one"), Task.FromResult<AsyncRequestStatus>(Status("r1")));

        batch.Follow(waiter);
        batch.Follow(waiter);

        Assert.Single(waiter.Entries);
    }

    [Fact]
    public void Sends_without_a_reply_are_named_by_their_item()
    {
        var batch = new RequestBatch();
        batch.Add(Item("waiting for reply"), new TaskCompletionSource<AsyncRequestStatus>().Task);

        Assert.Equal(new[] { "Grant waiting for reply" }, batch.Unanswered());
    }
}
