using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.Emulator;
using IdentityCenter.Emulator.Faults;
using IdentityCenter.Emulator.State;
using PermissionSetTag = IdentityCenter.Core.Models.PermissionSetTag;

namespace IdentityCenter.Core.Tests.EndToEnd;

/// <summary>Managed identity policies and tags of a permission set over loopback: each change converges on a rerun.</summary>
[Collection(EndToEndCollection.Name)]
public class ManagedPolicyAndTagTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorServer server = Reset(fixture.Server);

    private static string Instance => EmulatorDefaults.InstanceId;

    private static SystemPolicy ReadOnly => SystemPolicyCatalogue.IdentityPolicies[0];

    private static SystemPolicy Admin => SystemPolicyCatalogue.IdentityPolicies[1];

    [Fact]
    public async Task A_managed_policy_is_attached_once_listed_with_its_name_and_a_second_attach_sends_nothing()
    {
        var set = server.State.CreatePermissionSet(Instance, "Managed");
        var client = EmulatorClients.For(server);
        var request = new AttachManagedPolicyRequest { InstanceId = Instance, PermissionSetId = set.PermissionSetId, PolicyId = ReadOnly.Id };

        var first = await client.AttachManagedPolicyAsync(request);
        var second = await client.AttachManagedPolicyAsync(request);
        var listed = await client.ListManagedPoliciesAsync(Instance, set.PermissionSetId);

        Assert.True(first.Attached);
        Assert.False(second.Attached);
        Assert.Equal(ReadOnly.Name, second.Policy.PolicyName);
        var only = Assert.Single(listed);
        Assert.Equal((Instance, set.PermissionSetId, ReadOnly.Id, ReadOnly.Name), (only.InstanceId, only.PermissionSetId, only.PolicyId, only.PolicyName));
        Assert.Equal(1, Requests(EmulatorOperation.AttachManagedPolicy));
    }

    [Fact]
    public async Task An_attach_that_finds_the_policy_attached_meanwhile_ends_without_error()
    {
        var set = server.State.CreatePermissionSet(Instance, "Raced");
        var client = EmulatorClients.For(server);
        // The attach is held after the look-up found nothing; meanwhile another run attaches the same policy.
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.AttachManagedPolicy, Count = 1, DelayMs = 2000 });
        var running = client.AttachManagedPolicyAsync(new AttachManagedPolicyRequest { InstanceId = Instance, PermissionSetId = set.PermissionSetId, PolicyId = Admin.Id });
        await UntilEveryFaultIsApplied();
        await EmulatorClients.For(server).AttachManagedPolicyAsync(new AttachManagedPolicyRequest { InstanceId = Instance, PermissionSetId = set.PermissionSetId, PolicyId = Admin.Id });

        var result = await running;

        Assert.Equal(Admin.Id, result.Policy.PolicyId);
        Assert.Single(server.State.FindPermissionSet(Instance, set.PermissionSetId)!.ManagedPolicies);
    }

    [Fact]
    public async Task Detaching_removes_the_policy_and_detaching_again_reports_it_absent_without_sending()
    {
        var set = server.State.CreatePermissionSet(Instance, "Detach");
        var client = EmulatorClients.For(server);
        await client.AttachManagedPolicyAsync(new AttachManagedPolicyRequest { InstanceId = Instance, PermissionSetId = set.PermissionSetId, PolicyId = ReadOnly.Id });

        var first = await client.DetachManagedPolicyAsync(Instance, set.PermissionSetId, ReadOnly.Id);
        var second = await client.DetachManagedPolicyAsync(Instance, set.PermissionSetId, ReadOnly.Id);

        Assert.Equal((RemovalOutcome.Removed, RemovalOutcome.WasAbsent), (first.Outcome, second.Outcome));
        Assert.Empty(await client.ListManagedPoliciesAsync(Instance, set.PermissionSetId));
        Assert.Equal(1, Requests(EmulatorOperation.DetachManagedPolicy));
    }

    [Fact]
    public async Task A_policy_name_over_its_limit_is_refused_before_sending()
    {
        var error = await Assert.ThrowsAsync<IdcValidationException>(() => EmulatorClients.For(server).AttachManagedPolicyAsync(
            new AttachManagedPolicyRequest { InstanceId = Instance, PermissionSetId = "ps-0000000000000000", PolicyId = ReadOnly.Id, PolicyName = new string('n', 129) }));

        Assert.Equal("PolicyName", error.Parameter);
        Assert.Contains("128", error.Message);
        Assert.Empty(server.RequestLog.Snapshot());
    }

    [Fact]
    public async Task Tags_are_added_or_given_new_values_and_only_the_difference_is_sent()
    {
        var set = server.State.CreatePermissionSet(Instance, "Tagged", tags: [new("team", "ops"), new("env", "dev")]);
        var client = EmulatorClients.For(server);
        IList<PermissionSetTag> wanted = [new("env", "prod"), new("cost", "42")];

        var first = await client.TagPermissionSetAsync(set.PermissionSetId, wanted);
        var second = await client.TagPermissionSetAsync(set.PermissionSetId, wanted);
        var listed = await client.ListPermissionSetTagsAsync(set.PermissionSetId);

        Assert.Equal(["env", "cost"], first.ChangedKeys);
        Assert.Empty(second.ChangedKeys);
        Assert.Equal(["team=ops", "env=prod", "cost=42"], first.Tags.Select(t => t.ToString()));
        Assert.Equal(first.Tags.Select(t => t.ToString()).Order(), listed.Select(t => t.ToString()).Order());
        Assert.All(listed, t => Assert.Equal(set.PermissionSetId, t.PermissionSetId));
        Assert.Equal(1, Requests(EmulatorOperation.CreateTags));
    }

    [Fact]
    public async Task Removing_tags_removes_the_keys_it_has_and_names_those_it_lacks()
    {
        var set = server.State.CreatePermissionSet(Instance, "Untag", tags: [new("team", "ops"), new("env", "dev")]);
        var client = EmulatorClients.For(server);

        var first = await client.UntagPermissionSetAsync(set.PermissionSetId, ["env", "gone", "env"]);
        var second = await client.UntagPermissionSetAsync(set.PermissionSetId, ["env"]);

        Assert.Equal(["env"], first.ChangedKeys);
        Assert.Equal(["gone"], first.AbsentKeys);
        Assert.Equal(["team=ops"], first.Tags.Select(t => t.ToString()));
        Assert.Equal(["env"], second.AbsentKeys);
        Assert.Empty(second.ChangedKeys);
        Assert.Equal(["team"], server.State.FindPermissionSet(Instance, set.PermissionSetId)!.Tags.Select(t => t.Key));
        Assert.Equal(1, Requests(EmulatorOperation.DeleteTags));
    }

    [Fact]
    public async Task Tags_that_would_take_the_set_over_the_limit_are_refused_before_any_change()
    {
        var existing = Enumerable.Range(0, 49).Select(i => new IdentityCenter.Emulator.State.PermissionSetTag("k" + i, "v")).ToList();
        var set = server.State.CreatePermissionSet(Instance, "Full", tags: existing);

        var error = await Assert.ThrowsAsync<IdcValidationException>(() =>
            EmulatorClients.For(server).TagPermissionSetAsync(set.PermissionSetId, [new("a", "1"), new("b", "2")]));

        Assert.Equal("Tag", error.Parameter);
        Assert.Contains("51 tags", error.Message);
        Assert.Equal(0, Requests(EmulatorOperation.CreateTags));
    }

    [Theory]
    [InlineData(0, "tag key is empty")]
    [InlineData(129, "tag key is 129 characters long")]
    public async Task A_bad_tag_key_is_refused_before_anything_is_sent(int keyLength, string problem)
    {
        var error = await Assert.ThrowsAsync<IdcValidationException>(() =>
            EmulatorClients.For(server).TagPermissionSetAsync("ps-0000000000000000", [new(new string('k', keyLength), "v")]));

        Assert.Contains(problem, error.Message);
        Assert.Empty(server.RequestLog.Snapshot());
    }

    [Fact]
    public async Task Create_or_get_counts_a_tag_with_another_value_as_a_difference()
    {
        server.State.CreatePermissionSet(Instance, "TagDiff", tags: [new("team", "ops")]);

        var result = await EmulatorClients.For(server).CreateOrGetPermissionSetAsync(
            new CreatePermissionSetRequest { InstanceId = Instance, Name = "TagDiff", Tags = { new PermissionSetTag("team", "dev"), new PermissionSetTag("env", "prod") } });

        Assert.Equal(["Tag 'team'", "Tag 'env'"], result.Differences.Select(d => d.Field));
        Assert.Equal("Tag 'env' is not set, not 'prod'", result.Differences[1].ToString());
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
