using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Tests.Http;
using IdentityCenter.Emulator;
using IdentityCenter.Emulator.Faults;
using PermissionSetTag = IdentityCenter.Core.Models.PermissionSetTag;

namespace IdentityCenter.Core.Tests.EndToEnd;

/// <summary>Reading, updating, removing and create-or-get of permission sets, and their custom policy, over loopback.</summary>
[Collection(EndToEndCollection.Name)]
public class PermissionSetLifecycleTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string Policy = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"obs:*:get*\"]}]}";
    private readonly EmulatorServer server = Reset(fixture.Server);

    private static string Instance => EmulatorDefaults.InstanceId;

    [Fact]
    public async Task A_page_holds_at_most_the_page_size_and_its_marker_leads_to_the_rest()
    {
        for (var i = 0; i < IdentityCenterClient.PageSize + 3; i++)
        {
            server.State.CreatePermissionSet(Instance, "page-" + i.ToString("D3"));
        }

        var listing = EmulatorClients.For(server).ListPermissionSetPages(Instance);
        var first = await listing.NextPageAsync();
        var moreAfterFirst = !listing.IsComplete;
        var second = await listing.NextPageAsync();

        Assert.Equal(IdentityCenterClient.PageSize, first.Count);
        Assert.True(moreAfterFirst);
        Assert.Equal(["page-100", "page-101", "page-102"], second.Select(p => p.Name));
        Assert.True(listing.IsComplete);
        Assert.All(first, p => Assert.Equal(Instance, p.InstanceId));
        Assert.Equal(2, Requests(EmulatorOperation.ListPermissionSets));
    }

    [Fact]
    public async Task A_set_is_read_by_id_and_found_by_exact_name_and_a_missing_one_is_a_404_or_null()
    {
        var held = server.State.CreatePermissionSet(Instance, "Readers", description: "read only", sessionDuration: "PT2H");
        server.State.CreatePermissionSet(Instance, "Readers2");
        var client = EmulatorClients.For(server);

        var byId = await client.GetPermissionSetAsync(Instance, held.PermissionSetId);
        var byName = await client.FindPermissionSetByNameAsync(Instance, "Readers");
        var none = await client.FindPermissionSetByNameAsync(Instance, "Nobody");
        var missing = await Assert.ThrowsAsync<IdcServiceException>(() => client.GetPermissionSetAsync(Instance, "ps-0000000000000000"));

        Assert.Equal(("Readers", "read only", "PT2H"), (byId.Name, byId.Description, byId.SessionDuration));
        Assert.Equal(held.PermissionSetId, byName!.PermissionSetId);
        Assert.Null(none);
        Assert.Equal((404, "IdentityCenter.1205"), (missing.StatusCode, missing.ErrorCode));
    }

    [Fact]
    public async Task An_update_sends_only_the_fields_that_differ_and_a_rerun_sends_nothing()
    {
        var held = server.State.CreatePermissionSet(Instance, "Ops", description: "old", sessionDuration: "PT1H");
        var client = EmulatorClients.For(server);
        var request = new UpdatePermissionSetRequest { InstanceId = Instance, PermissionSetId = held.PermissionSetId, Description = "new", SessionDuration = "PT1H" };

        var first = await client.UpdatePermissionSetAsync(request);
        var second = await client.UpdatePermissionSetAsync(request);

        Assert.Equal(["Description"], first.Changes.Select(c => c.Field));
        Assert.Equal(("old", "new"), (first.Changes[0].Existing, first.Changes[0].Requested));
        Assert.Equal("new", first.PermissionSet.Description);
        Assert.Empty(second.Changes);
        Assert.Equal("new", server.State.FindPermissionSet(Instance, held.PermissionSetId)!.Description);
        Assert.Equal(1, Requests(EmulatorOperation.UpdatePermissionSet));
    }

    [Fact]
    public async Task Update_values_are_checked_before_anything_is_sent()
    {
        var client = EmulatorClients.For(server);

        var error = await Assert.ThrowsAsync<IdcValidationException>(() => client.UpdatePermissionSetAsync(
            new UpdatePermissionSetRequest { InstanceId = Instance, PermissionSetId = "ps-0000000000000000", SessionDuration = "eight hours" }));

        Assert.Equal("SessionDuration", error.Parameter);
        Assert.Empty(server.RequestLog.Snapshot());
    }

    [Fact]
    public async Task Removing_a_set_twice_removes_it_then_reports_it_absent_without_error()
    {
        var held = server.State.CreatePermissionSet(Instance, "Temporary");
        var client = EmulatorClients.For(server);

        var first = await client.DeletePermissionSetAsync(Instance, held.PermissionSetId);
        var second = await client.DeletePermissionSetAsync(Instance, held.PermissionSetId);

        Assert.Equal(RemovalOutcome.Removed, first.Outcome);
        Assert.Equal(RemovalOutcome.WasAbsent, second.Outcome);
        Assert.Contains(held.PermissionSetId, second.AbsenceDetail);
        Assert.Null(server.State.FindPermissionSet(Instance, held.PermissionSetId));
    }

    [Fact]
    public async Task A_delete_whose_reply_was_lost_after_it_was_applied_ends_without_error()
    {
        var held = server.State.CreatePermissionSet(Instance, "LostReply");
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.DeletePermissionSet, Count = 1, Drop = FaultDrop.After });

        var result = await EmulatorClients.For(server).DeletePermissionSetAsync(Instance, held.PermissionSetId);

        // The retry layer sees the drop and marks the outcome unknown; if the HTTP stack re-sent the request on its
        // own first, only the re-send's 404 is seen. Either way the set is gone and no error is raised.
        Assert.Contains(result.Outcome, new[] { RemovalOutcome.RemovedReplyLost, RemovalOutcome.WasAbsent });
        Assert.Null(server.State.FindPermissionSet(Instance, held.PermissionSetId));
        Assert.True(Requests(EmulatorOperation.DeletePermissionSet) >= 2);
    }

    [Fact]
    public async Task A_gateway_404_is_a_failure_not_an_absence()
    {
        var held = server.State.CreatePermissionSet(Instance, "WrongEndpoint");
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.DeletePermissionSet, Count = 1, Status = 404, ErrorCode = "APIGW.0101" });

        var error = await Assert.ThrowsAsync<IdcServiceException>(() => EmulatorClients.For(server).DeletePermissionSetAsync(Instance, held.PermissionSetId));

        Assert.Equal("APIGW.0101", error.ErrorCode);
        Assert.NotNull(server.State.FindPermissionSet(Instance, held.PermissionSetId));
    }

    [Fact]
    public async Task Create_or_get_creates_once_then_returns_the_same_set_without_a_second_create()
    {
        var client = EmulatorClients.For(server);
        var request = new CreatePermissionSetRequest { InstanceId = Instance, Name = "Nightly", Description = "runbook", SessionDuration = "PT4H" };

        var first = await client.CreateOrGetPermissionSetAsync(request);
        var second = await client.CreateOrGetPermissionSetAsync(request);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.False(second.IsConflict);
        Assert.Equal(first.PermissionSet.PermissionSetId, second.PermissionSet.PermissionSetId);
        Assert.Single(server.State.GetPermissionSets(Instance));
        Assert.Equal(1, Requests(EmulatorOperation.CreatePermissionSet));
    }

    [Fact]
    public async Task Create_or_get_names_each_field_that_differs_and_changes_nothing()
    {
        server.State.CreatePermissionSet(Instance, "Shared", description: "theirs", sessionDuration: "PT1H");
        var request = new CreatePermissionSetRequest { InstanceId = Instance, Name = "Shared", Description = "mine", SessionDuration = "PT8H", RelayState = null };

        var result = await EmulatorClients.For(server).CreateOrGetPermissionSetAsync(request);

        Assert.True(result.IsConflict);
        Assert.Equal(["Description", "SessionDuration"], result.Differences.Select(d => d.Field));
        Assert.Equal("SessionDuration is 'PT1H', not 'PT8H'", result.Differences[1].ToString());
        Assert.Equal("theirs", Assert.Single(server.State.GetPermissionSets(Instance)).Description);
        Assert.Equal(0, Requests(EmulatorOperation.CreatePermissionSet));
    }

    [Fact]
    public async Task A_create_that_loses_the_race_to_another_run_compares_with_the_winner()
    {
        var client = EmulatorClients.For(server);
        // The create is held after the look-up found nothing; meanwhile another run creates the same set.
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, Count = 1, DelayMs = 2000 });
        var running = client.CreateOrGetPermissionSetAsync(new CreatePermissionSetRequest { InstanceId = Instance, Name = "Raced", Description = "same" });
        await UntilEveryFaultIsApplied();
        var winner = server.State.CreatePermissionSet(Instance, "Raced", description: "same");

        var result = await running;

        Assert.False(result.Created);
        Assert.False(result.IsConflict);
        Assert.Equal(winner.PermissionSetId, result.PermissionSet.PermissionSetId);
        Assert.Single(server.State.GetPermissionSets(Instance));
    }

    [Fact]
    public async Task A_duplicate_name_with_no_set_of_that_name_found_afterwards_stays_an_error()
    {
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, Count = 1, Status = 409, ErrorCode = "IdentityCenter.1206" });

        var error = await Assert.ThrowsAsync<IdcServiceException>(() =>
            EmulatorClients.For(server).CreateOrGetPermissionSetAsync(new CreatePermissionSetRequest { InstanceId = Instance, Name = "Phantom" }));

        Assert.Equal("IdentityCenter.1206", error.ErrorCode);
    }

    [Fact]
    public async Task The_custom_policy_is_read_as_text_then_removed_and_a_second_removal_reports_it_absent()
    {
        var held = server.State.CreatePermissionSet(Instance, "WithPolicy", customPolicy: Policy);
        var client = EmulatorClients.For(server);

        var read = await client.GetCustomPolicyAsync(Instance, held.PermissionSetId);
        var removed = await client.DeleteCustomPolicyAsync(Instance, held.PermissionSetId);
        var again = await client.DeleteCustomPolicyAsync(Instance, held.PermissionSetId);
        var none = await Assert.ThrowsAsync<IdcServiceException>(() => client.GetCustomPolicyAsync(Instance, held.PermissionSetId));

        Assert.Equal(Policy, read!.Policy);
        Assert.Equal(held.PermissionSetId, read.PermissionSetId);
        Assert.Equal((RemovalOutcome.Removed, RemovalOutcome.WasAbsent), (removed.Outcome, again.Outcome));
        Assert.Equal(404, none.StatusCode);
        Assert.Null(server.State.FindPermissionSet(Instance, held.PermissionSetId)!.CustomPolicy);
    }

    [Theory]
    [InlineData("ps/../other", "PermissionSetId")]
    [InlineData("", "PermissionSetId")]
    public async Task Identifiers_are_checked_before_anything_is_sent(string permissionSetId, string parameter)
    {
        var client = EmulatorClients.For(server);

        var error = await Assert.ThrowsAsync<IdcValidationException>(() => client.DeletePermissionSetAsync(Instance, permissionSetId));

        Assert.Equal(parameter, error.Parameter);
        Assert.Empty(server.RequestLog.Snapshot());
    }

    private async Task UntilEveryFaultIsApplied()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (server.Faults.List().Any(f => f.TimesApplied == 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
    }

    private int Requests(EmulatorOperation operation) => server.RequestLog.Snapshot().Count(e => e.Operation == operation);

    private static EmulatorServer Reset(EmulatorServer server)
    {
        server.Reset();
        return server;
    }
}
