using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Tests.Http;
using IdentityCenter.Core.Waiting;
using IdentityCenter.Emulator;
using IdentityCenter.Emulator.Faults;

namespace IdentityCenter.Core.Tests.EndToEnd;

/// <summary>Account assignments and provisioning against the emulator: each operation, the waits, and lost replies.</summary>
[Collection(EndToEndCollection.Name)]
public class AssignmentTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string Instance = EmulatorDefaults.InstanceId;

    private static readonly string Group = EmulatorDefaults.Groups[0].Id;
    private static readonly string User = EmulatorDefaults.Users[0].Id;
    private static readonly string AccountA = EmulatorDefaults.MemberAccountIds[0];
    private static readonly string AccountB = EmulatorDefaults.MemberAccountIds[1];

    private readonly EmulatorServer server = Reset(fixture.Server);

    private static PollSchedule Quick(double timeoutSeconds = 20) =>
        new(TimeSpan.FromSeconds(timeoutSeconds), TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50));

    private string NewSet(string name = "Operators") => server.State.CreatePermissionSet(Instance, name).PermissionSetId;

    private static AccountAssignmentRequest Grant(string setId, string account, string principalType = PrincipalTypes.Group, string? principal = null) => new()
    {
        InstanceId = Instance,
        PermissionSetId = setId,
        PrincipalType = principalType,
        PrincipalId = principal ?? (principalType == PrincipalTypes.Group ? Group : User),
        AccountId = account,
    };

    private static async Task<WaitEntry> WaitFor(IdentityCenterClient client, AsyncRequestStatus accepted, PollSchedule? schedule = null, CancellationToken token = default)
    {
        var waiter = new RequestWaiter(schedule ?? Quick(), client.RefreshStatusAsync);
        var entry = waiter.Add(accepted);
        await waiter.WaitAllAsync(cancellationToken: token);
        return entry;
    }

    [Fact]
    public async Task A_grant_starts_in_progress_and_a_wait_follows_it_to_SUCCEEDED_and_the_grant_exists()
    {
        server.Options.AsyncDelay = TimeSpan.FromMilliseconds(150);
        var setId = NewSet();
        var client = EmulatorClients.For(server);

        var accepted = await client.CreateAccountAssignmentAsync(Grant(setId, AccountA));
        var entry = await WaitFor(client, accepted);

        Assert.Equal(RequestStates.InProgress, accepted.Status);
        Assert.False(string.IsNullOrEmpty(accepted.RequestId));
        Assert.Equal((setId, PrincipalTypes.Group, Group, AccountA, TargetTypes.Account), (accepted.PermissionSetId, accepted.PrincipalType, accepted.PrincipalId, accepted.AccountId, accepted.TargetType));
        Assert.NotNull(accepted.CreatedDate);
        Assert.Equal(WaitState.Succeeded, entry.State);
        Assert.True(entry.Polls >= 1);
        var final = Assert.IsType<AccountAssignmentStatus>(entry.Status);
        Assert.Equal((accepted.RequestId, RequestStates.Succeeded, AssignmentOperation.Create), (final.RequestId, final.Status, final.Operation));
        var grant = Assert.Single(await client.ListAccountAssignmentsAsync(Instance, AccountA));
        Assert.Equal((Instance, AccountA, setId, PrincipalTypes.Group, Group), (grant.InstanceId, grant.AccountId, grant.PermissionSetId, grant.PrincipalType, grant.PrincipalId));
    }

    [Fact]
    public async Task The_principal_type_is_sent_in_the_documented_spelling_whatever_its_case()
    {
        var setId = NewSet();
        var client = EmulatorClients.For(server);

        var accepted = await client.CreateAccountAssignmentAsync(Grant(setId, AccountA, "group", Group));

        Assert.Equal(PrincipalTypes.Group, accepted.PrincipalType);
    }

    [Fact]
    public async Task Grants_are_listed_by_account_with_an_optional_permission_set_and_by_principal()
    {
        var admins = NewSet("Admins");
        var readers = NewSet("Readers");
        var client = EmulatorClients.For(server);
        var started = new[]
        {
            await client.CreateAccountAssignmentAsync(Grant(admins, AccountA)),
            await client.CreateAccountAssignmentAsync(Grant(readers, AccountA)),
            await client.CreateAccountAssignmentAsync(Grant(readers, AccountB)),
            await client.CreateAccountAssignmentAsync(Grant(readers, AccountB, PrincipalTypes.User)),
        };
        foreach (var status in started)
        {
            Assert.Equal(WaitState.Succeeded, (await WaitFor(client, status)).State);
        }

        var inA = await client.ListAccountAssignmentsAsync(Instance, AccountA);
        var readersInA = await client.ListAccountAssignmentsAsync(Instance, AccountA, readers);
        var ofGroup = await client.ListAccountAssignmentsForPrincipalAsync(Instance, PrincipalTypes.Group, Group);
        var ofGroupInB = await client.ListAccountAssignmentsForPrincipalAsync(Instance, "GROUP", Group, AccountB);
        var ofUser = await client.ListAccountAssignmentsForPrincipalAsync(Instance, PrincipalTypes.User, User);

        Assert.Equal(new[] { admins, readers }, inA.Select(a => a.PermissionSetId).OrderBy(s => s == readers));
        Assert.Equal(readers, Assert.Single(readersInA).PermissionSetId);
        Assert.Equal(3, ofGroup.Count);
        Assert.Equal(AccountB, Assert.Single(ofGroupInB).AccountId);
        Assert.Equal((readers, AccountB), (Assert.Single(ofUser).PermissionSetId, ofUser[0].AccountId));
    }

    [Fact]
    public async Task A_removal_is_followed_to_SUCCEEDED_and_the_grant_is_gone()
    {
        var setId = NewSet();
        var client = EmulatorClients.For(server);
        await WaitFor(client, await client.CreateAccountAssignmentAsync(Grant(setId, AccountA)));

        var accepted = await client.DeleteAccountAssignmentAsync(Grant(setId, AccountA));
        var entry = await WaitFor(client, accepted);

        Assert.Equal(AssignmentOperation.Delete, accepted.Operation);
        Assert.Equal(WaitState.Succeeded, entry.State);
        Assert.Empty(await client.ListAccountAssignmentsAsync(Instance, AccountA));
    }

    [Fact]
    public async Task Creation_and_deletion_statuses_are_read_by_request_id_and_listed_with_a_status_filter()
    {
        server.Options.AsyncDelay = TimeSpan.FromMinutes(5);
        var setId = NewSet();
        var client = EmulatorClients.For(server);
        var created = await client.CreateAccountAssignmentAsync(Grant(setId, AccountA));

        var byId = await client.GetAccountAssignmentStatusAsync(Instance, AssignmentOperation.Create, created.RequestId!);
        var inProgress = await client.ListAccountAssignmentStatusesAsync(Instance, AssignmentOperation.Create, RequestStates.InProgress);
        var succeeded = await client.ListAccountAssignmentStatusesAsync(Instance, AssignmentOperation.Create, "succeeded");
        var deletions = await client.ListAccountAssignmentStatusesAsync(Instance, AssignmentOperation.Delete);

        Assert.Equal((created.RequestId, RequestStates.InProgress, AccountA), (byId.RequestId, byId.Status, byId.AccountId));
        var listed = Assert.Single(inProgress);
        Assert.Equal((created.RequestId, AssignmentOperation.Create), (listed.RequestId, listed.Operation));
        Assert.NotNull(listed.CreatedDate);
        Assert.Empty(succeeded);
        Assert.Empty(deletions);
        var wrongKind = await Assert.ThrowsAsync<IdcServiceException>(() => client.GetAccountAssignmentStatusAsync(Instance, AssignmentOperation.Delete, created.RequestId!));
        Assert.Equal(404, wrongKind.StatusCode);
    }

    [Fact]
    public async Task A_request_made_to_fail_ends_FAILED_with_its_failure_reason()
    {
        var setId = NewSet();
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreateAccountAssignment, Count = 1, Fail = "The account is closed." });
        var client = EmulatorClients.For(server);

        var entry = await WaitFor(client, await client.CreateAccountAssignmentAsync(Grant(setId, AccountA)));

        Assert.Equal(WaitState.Failed, entry.State);
        var failure = Assert.IsType<IdcRequestFailedException>(entry.Failure());
        Assert.Equal("The account is closed.", failure.FailureReason);
        Assert.Equal(entry.Status.RequestId, failure.RequestId);
        Assert.Empty(await client.ListAccountAssignmentsAsync(Instance, AccountA));
    }

    [Fact]
    public async Task A_request_still_in_progress_when_the_time_limit_passes_times_out_naming_its_request_id()
    {
        server.Options.AsyncDelay = TimeSpan.FromMinutes(5);
        var setId = NewSet();
        var client = EmulatorClients.For(server);
        var accepted = await client.CreateAccountAssignmentAsync(Grant(setId, AccountA));

        var entry = await WaitFor(client, accepted, Quick(timeoutSeconds: 0.3));

        Assert.Equal(WaitState.TimedOut, entry.State);
        var failure = Assert.IsType<IdcWaitTimeoutException>(entry.Failure());
        Assert.Equal(accepted.RequestId, failure.RequestId);
        Assert.Contains(accepted.RequestId!, failure.Message);
    }

    [Fact]
    public async Task Cancelling_a_wait_stops_it_with_the_request_still_in_progress()
    {
        server.Options.AsyncDelay = TimeSpan.FromMinutes(5);
        var setId = NewSet();
        var client = EmulatorClients.For(server);
        var waiter = new RequestWaiter(Quick(), client.RefreshStatusAsync);
        var entry = waiter.Add(await client.CreateAccountAssignmentAsync(Grant(setId, AccountA)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter.WaitAllAsync(cancellationToken: cancel.Token));

        Assert.Equal(WaitState.Waiting, entry.State);
        Assert.True(entry.Polls >= 1);
    }

    [Fact]
    public async Task Many_grants_are_waited_for_together_and_each_is_made_once()
    {
        server.Options.AsyncDelay = TimeSpan.FromMilliseconds(100);
        var client = EmulatorClients.For(server);
        var sets = Enumerable.Range(0, 12).Select(i => NewSet("Set" + i)).ToList();
        var waiter = new RequestWaiter(Quick(), client.RefreshStatusAsync, concurrency: 3);
        foreach (var set in sets)
        {
            waiter.Add(await client.CreateAccountAssignmentAsync(Grant(set, AccountA)));
        }

        var most = 0;
        await waiter.WaitAllAsync(round => most = Math.Max(most, round.Polls.Count));

        Assert.True(waiter.Entries.All(e => e.State == WaitState.Succeeded));
        Assert.InRange(most, 1, 3);
        Assert.Equal(sets.OrderBy(s => s), (await client.ListAccountAssignmentsAsync(Instance, AccountA)).Select(a => a.PermissionSetId).OrderBy(s => s));
    }

    [Fact]
    public async Task A_grant_whose_reply_was_lost_and_whose_repeat_is_refused_is_reported_as_its_earlier_request()
    {
        server.Options.AsyncDelay = TimeSpan.FromMinutes(5);
        var setId = NewSet();
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreateAccountAssignment, Count = 1, Drop = FaultDrop.After });
        var sink = new RecordingSink();
        var client = EmulatorClients.For(server, sink: sink);

        var status = await client.CreateAccountAssignmentAsync(Grant(setId, AccountA));

        var request = Assert.Single(server.State.GetInstances().Single(i => i.InstanceId == Instance).Requests);
        Assert.Equal((request.RequestId, RequestStates.InProgress), (status.RequestId, status.Status));
        Assert.Contains("earlier attempt", status.Note);
        Assert.Contains(sink.Messages(Diagnostics.IdcEventLevel.Verbose), m => m.Contains("earlier attempt"));
    }

    [Fact]
    public async Task A_grant_whose_reply_was_lost_after_it_was_made_is_reported_SUCCEEDED_and_exists_once()
    {
        var setId = NewSet();
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreateAccountAssignment, Count = 1, Drop = FaultDrop.After });
        var client = EmulatorClients.For(server);

        var status = await client.CreateAccountAssignmentAsync(Grant(setId, AccountA));

        Assert.Equal(RequestStates.Succeeded, status.Status);
        Assert.Null(status.RequestId);
        Assert.Contains("earlier attempt", status.Note);
        Assert.Single(server.State.GetInstances().Single(i => i.InstanceId == Instance).AccountAssignments);
        var entry = new RequestWaiter(Quick(), client.RefreshStatusAsync).Add(status);
        Assert.Equal(WaitState.Succeeded, entry.State);
    }

    [Fact]
    public async Task A_removal_whose_reply_was_lost_is_reported_SUCCEEDED_once_the_grant_is_gone()
    {
        var setId = NewSet();
        var client = EmulatorClients.For(server);
        await WaitFor(client, await client.CreateAccountAssignmentAsync(Grant(setId, AccountA)));
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.DeleteAccountAssignment, Count = 1, Drop = FaultDrop.After });

        var status = await client.DeleteAccountAssignmentAsync(Grant(setId, AccountA));

        Assert.Equal(RequestStates.Succeeded, status.Status);
        Assert.Contains("no longer exists", status.Note);
        Assert.Empty(await client.ListAccountAssignmentsAsync(Instance, AccountA));
    }

    [Fact]
    public async Task A_grant_that_exists_already_is_a_conflict_when_no_reply_was_lost()
    {
        var setId = NewSet();
        var client = EmulatorClients.For(server);
        await WaitFor(client, await client.CreateAccountAssignmentAsync(Grant(setId, AccountA)));

        var conflict = await Assert.ThrowsAsync<IdcServiceException>(() => client.CreateAccountAssignmentAsync(Grant(setId, AccountA)));

        Assert.Equal(409, conflict.StatusCode);
    }

    [Fact]
    public async Task A_grant_for_an_unknown_group_is_refused_by_the_service()
    {
        var setId = NewSet();
        var client = EmulatorClients.For(server);

        var refusal = await Assert.ThrowsAsync<IdcServiceException>(() => client.CreateAccountAssignmentAsync(Grant(setId, AccountA, principal: "9c2e0000-0000-4000-8000-00000000ffff")));

        Assert.Equal(404, refusal.StatusCode);
    }

    [Fact]
    public async Task Provisioning_to_one_account_and_then_to_all_provisioned_accounts_is_followed_to_SUCCEEDED()
    {
        server.Options.AsyncDelay = TimeSpan.FromMilliseconds(100);
        var setId = NewSet();
        var client = EmulatorClients.For(server);

        var toA = await client.ProvisionPermissionSetAsync(new ProvisionPermissionSetRequest { InstanceId = Instance, PermissionSetId = setId, AccountId = AccountA });
        var first = await WaitFor(client, toA);
        var toAll = await client.ProvisionPermissionSetAsync(new ProvisionPermissionSetRequest { InstanceId = Instance, PermissionSetId = setId });
        var second = await WaitFor(client, toAll);

        Assert.Equal((RequestStates.InProgress, setId, AccountA), (toA.Status, toA.PermissionSetId, toA.AccountId));
        Assert.NotNull(toA.CreatedDate);
        Assert.Null(toAll.AccountId);
        Assert.Equal(WaitState.Succeeded, first.State);
        Assert.Equal(WaitState.Succeeded, second.State);
        var accounts = await client.ListAccountsForProvisionedPermissionSetAsync(Instance, setId);
        Assert.Equal(AccountA, Assert.Single(accounts).AccountId);
        var sets = await client.ListPermissionSetsProvisionedToAccountAsync(Instance, AccountA, ProvisioningStates.LatestProvisioned);
        var provisioned = Assert.Single(sets);
        Assert.Equal((setId, AccountA, ProvisioningStates.LatestProvisioned), (provisioned.PermissionSetId, provisioned.AccountId, provisioned.ProvisioningStatus));
        Assert.Empty(await client.ListPermissionSetsProvisionedToAccountAsync(Instance, AccountB));
    }

    [Fact]
    public async Task Provisioning_statuses_are_read_by_request_id_and_listed()
    {
        server.Options.AsyncDelay = TimeSpan.FromMinutes(5);
        var setId = NewSet();
        var client = EmulatorClients.For(server);
        var started = await client.ProvisionPermissionSetAsync(new ProvisionPermissionSetRequest { InstanceId = Instance, PermissionSetId = setId, AccountId = AccountB });

        var byId = await client.GetProvisioningStatusAsync(Instance, started.RequestId!);
        var listed = await client.ListProvisioningStatusesAsync(Instance, RequestStates.InProgress);

        Assert.Equal((started.RequestId, RequestStates.InProgress, AccountB, setId), (byId.RequestId, byId.Status, byId.AccountId, byId.PermissionSetId));
        Assert.Equal(started.CreatedDate, byId.CreatedDate);
        Assert.Equal(started.RequestId, Assert.Single(listed).RequestId);
        Assert.Empty(await client.ListProvisioningStatusesAsync(Instance, RequestStates.Failed));
    }

    [Fact]
    public async Task Provisioning_made_to_fail_ends_FAILED_with_its_failure_reason()
    {
        var setId = NewSet();
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.ProvisionPermissionSet, Count = 1, Fail = "Quota of roles reached." });
        var client = EmulatorClients.For(server);

        var entry = await WaitFor(client, await client.ProvisionPermissionSetAsync(new ProvisionPermissionSetRequest { InstanceId = Instance, PermissionSetId = setId, AccountId = AccountA }));

        Assert.Equal(WaitState.Failed, entry.State);
        Assert.Equal("Quota of roles reached.", Assert.IsType<IdcRequestFailedException>(entry.Failure()).FailureReason);
    }

    [Fact]
    public async Task Invalid_requests_are_refused_before_anything_is_sent()
    {
        var client = EmulatorClients.For(server);
        var before = server.RequestLog.Snapshot().Count;

        var type = await Assert.ThrowsAsync<IdcValidationException>(() => client.CreateAccountAssignmentAsync(Grant("ps-0000000000000001", AccountA, "ROLE")));
        var account = await Assert.ThrowsAsync<IdcValidationException>(() => client.DeleteAccountAssignmentAsync(Grant("ps-0000000000000001", "a/b")));
        var status = await Assert.ThrowsAsync<IdcValidationException>(() => client.ListProvisioningStatusesAsync(Instance, "DONE"));
        var filter = await Assert.ThrowsAsync<IdcValidationException>(() => client.ListAccountsForProvisionedPermissionSetAsync(Instance, "ps-0000000000000001", "LATEST"));

        Assert.Equal(("PrincipalType", "AccountId", "Status", "ProvisioningStatus"), (type.Parameter, account.Parameter, status.Parameter, filter.Parameter));
        Assert.Contains("USER or GROUP", type.Message);
        Assert.Equal(before, server.RequestLog.Snapshot().Count);
    }

    private static EmulatorServer Reset(EmulatorServer server)
    {
        server.Reset();
        server.Options.AsyncDelay = TimeSpan.Zero;
        return server;
    }
}
