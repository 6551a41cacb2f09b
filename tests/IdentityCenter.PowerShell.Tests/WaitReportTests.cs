using System.Management.Automation;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Waiting;
using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.Errors;
using IdentityCenter.PowerShell.Waiting;

namespace IdentityCenter.PowerShell.Tests;

public class WaitReportTests
{
    private static AccountAssignmentStatus Grant(string id, string state = RequestStates.InProgress, string? reason = null) =>
        new() { InstanceId = "ins-1", RequestId = id, Status = state, FailureReason = reason, Operation = AssignmentOperation.Create, PermissionSetId = "ps-1", PrincipalType = "GROUP", PrincipalId = "g-1", AccountId = "a-1" };

    [Fact]
    public void The_progress_status_counts_done_failed_and_in_progress()
    {
        var counts = new WaitCounts(10, 6, 1, 0);

        Assert.Equal("7 of 10 done: 6 succeeded, 1 failed; 3 in progress", WaitReport.ProgressStatus(counts));
        Assert.Equal(70, WaitReport.PercentComplete(counts));
    }

    [Fact]
    public void Time_outs_are_counted_when_there_are_any()
    {
        Assert.Equal("3 of 3 done: 1 succeeded, 0 failed, 2 timed out; 0 in progress", WaitReport.ProgressStatus(new WaitCounts(3, 1, 0, 2)));
        Assert.Equal(100, WaitReport.PercentComplete(new WaitCounts(0, 0, 0, 0)));
    }

    [Fact]
    public async Task A_poll_line_names_the_request_what_it_does_its_status_and_the_next_look()
    {
        var waiter = new RequestWaiter(new PollSchedule(TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(2)), (s, t) => Task.FromResult<AsyncRequestStatus>(Grant("r-1")));
        waiter.Add(Grant("r-1"));

        var round = await waiter.NextRoundAsync();

        var line = WaitReport.PollLine(Assert.Single(round.Polls));
        Assert.StartsWith("Request r-1 (grant ps-1 for GROUP g-1 on account a-1), look 1: IN_PROGRESS; next look in ", line);
    }

    [Fact]
    public void The_lookup_command_fits_the_kind_of_request()
    {
        Assert.Equal("Get-IdcAccountAssignmentRequest -InstanceId ins-1 -Operation Create -RequestId r-1", WaitReport.LookupCommand(Grant("r-1")));
        Assert.Equal(
            "Get-IdcPermissionSetProvisioningRequest -InstanceId ins-1 -RequestId p-1",
            WaitReport.LookupCommand(new PermissionSetProvisioningStatus { InstanceId = "ins-1", RequestId = "p-1" }));
    }

    [Fact]
    public void The_stop_message_lists_the_requests_in_progress_and_the_unanswered_sends()
    {
        var text = WaitReport.Stopped(new[] { Grant("r-1"), Grant("r-2") }, new[] { "Grant permission set ps-9" });

        Assert.Contains("Still in progress (2): r-1 (grant ps-1 for GROUP g-1 on account a-1); r-2", text);
        Assert.Contains("Get-IdcAccountAssignmentRequest -InstanceId ins-1 -Operation Create -RequestId r-1", text);
        Assert.Contains("request ids are unknown (1): Grant permission set ps-9", text);
    }

    [Fact]
    public void A_FAILED_request_is_a_non_terminating_error_with_the_failure_reason_and_request_id()
    {
        var status = Grant("r-1", RequestStates.Failed, "Account is closed.");
        var operation = new ItemOperation("the grant", "Grant", "grant", status);

        var description = WaitErrors.ForFailed(new IdcRequestFailedException(status), operation);

        Assert.Equal(WaitErrors.RequestFailedId, description.ErrorId);
        Assert.Equal(ErrorCategory.InvalidResult, description.Category);
        Assert.False(description.IsTerminating);
        Assert.Contains("r-1", description.Message);
        Assert.Contains("Account is closed.", description.Message);
        Assert.Same(status, description.TargetObject);
    }

    [Fact]
    public void A_time_out_is_a_non_terminating_error_that_says_how_to_look_the_request_up()
    {
        var status = Grant("r-1");
        var operation = new ItemOperation("the grant", "Grant", "grant", status);

        var description = WaitErrors.ForTimeout(new IdcWaitTimeoutException(status, TimeSpan.FromSeconds(30)), operation);

        Assert.Equal((WaitErrors.WaitTimeoutId, ErrorCategory.OperationTimeout, false), (description.ErrorId, description.Category, description.IsTerminating));
        Assert.Contains("r-1", description.Message);
        Assert.Contains("30 s", description.Message);
        Assert.Contains("Get-IdcAccountAssignmentRequest -InstanceId ins-1 -Operation Create -RequestId r-1", description.RecommendedAction);
    }
}
