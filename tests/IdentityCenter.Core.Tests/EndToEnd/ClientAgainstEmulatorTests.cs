using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Tests.Http;
using IdentityCenter.Emulator;
using IdentityCenter.Emulator.Faults;
using PermissionSetTag = IdentityCenter.Core.Models.PermissionSetTag;

namespace IdentityCenter.Core.Tests.EndToEnd;

[Collection(EndToEndCollection.Name)]
public class ClientAgainstEmulatorTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string Policy = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":[\"organizations:ous:delete\"]}]}";
    private readonly EmulatorServer server = Reset(fixture.Server);

    [Fact]
    public async Task A_create_signed_by_the_client_is_accepted_and_comes_back_typed()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        var request = new CreatePermissionSetRequest
        {
            InstanceId = EmulatorDefaults.InstanceId,
            Name = "Zürich-ops ✓",
            Description = "只读权限",
            RelayState = "https://console.example/home",
            SessionDuration = "PT8H",
            Tags = { new PermissionSetTag("team", "platform"), new PermissionSetTag("empty", string.Empty) },
        };

        var created = await EmulatorClients.For(server).CreatePermissionSetAsync(request);

        Assert.Matches("^ps-[0-9a-f]{16}$", created.PermissionSetId);
        Assert.Equal(("Zürich-ops ✓", "只读权限", "PT8H", EmulatorDefaults.InstanceId), (created.Name, created.Description, created.SessionDuration, created.InstanceId));
        Assert.Equal("IdentityCenter::system:permissionSet:" + created.PermissionSetId, created.PermissionUrn);
        Assert.InRange(created.CreatedDate!.Value, before, DateTimeOffset.UtcNow.AddSeconds(5));
        var stored = server.State.FindPermissionSet(EmulatorDefaults.InstanceId, created.PermissionSetId)!;
        Assert.Equal(["team=platform", "empty="], stored.Tags.Select(t => t.Key + "=" + t.Value));
        Assert.All(server.RequestLog.Snapshot(), entry => Assert.True(entry.SignatureVerified));
    }

    [Fact]
    public async Task A_policy_put_is_stored_as_the_same_text()
    {
        var client = EmulatorClients.For(server);
        var set = await client.CreatePermissionSetAsync(new CreatePermissionSetRequest { InstanceId = EmulatorDefaults.InstanceId, Name = "WithPolicy" });

        var assignment = await client.PutCustomPolicyAsync(new PutCustomPolicyRequest { InstanceId = set.InstanceId, PermissionSetId = set.PermissionSetId, Policy = Policy });

        Assert.Equal((set.InstanceId, set.PermissionSetId, Policy), (assignment.InstanceId, assignment.PermissionSetId, assignment.Policy));
        Assert.Equal(Policy, server.State.FindPermissionSet(EmulatorDefaults.InstanceId, set.PermissionSetId)!.CustomPolicy);
    }

    [Fact]
    public async Task Listing_follows_every_page_and_filters_by_name()
    {
        for (var i = 0; i < 103; i++)
        {
            server.State.CreatePermissionSet(EmulatorDefaults.InstanceId, "set-" + i.ToString("D3"));
        }

        var client = EmulatorClients.For(server);
        var all = await client.ListPermissionSetsAsync(EmulatorDefaults.InstanceId);
        var one = await client.ListPermissionSetsAsync(EmulatorDefaults.InstanceId, "set-042");

        Assert.Equal(103, all.Select(p => p.PermissionSetId).Distinct().Count());
        Assert.Equal("set-042", Assert.Single(one).Name);
        // 103 sets at 100 a page: two pages for the full listing, one for the filtered one.
        Assert.Equal(3, server.RequestLog.Snapshot().Count(e => e.Operation == EmulatorOperation.ListPermissionSets));
    }

    [Fact]
    public async Task Instances_are_listed()
    {
        var instances = await EmulatorClients.For(server).ListInstancesAsync();

        Assert.Equal(EmulatorDefaults.InstanceId, Assert.Single(instances).InstanceId);
    }

    [Fact]
    public async Task Temporary_credentials_travel_with_their_security_token()
    {
        var created = await EmulatorClients.For(server, EmulatorClients.Temporary()).CreatePermissionSetAsync(
            new CreatePermissionSetRequest { InstanceId = EmulatorDefaults.InstanceId, Name = "Temp" });

        Assert.Equal("Temp", created.Name);
        Assert.Equal(EmulatorDefaults.TemporaryAccessKeyId, server.RequestLog.Snapshot().Single().AccessKeyId);
    }

    [Fact]
    public async Task A_wrong_secret_key_is_refused_by_the_signature_check()
    {
        var wrong = new IdcCredentials(EmulatorDefaults.AccessKeyId, "not-the-secret-key", null, EmulatorDefaults.DomainId, "tests");

        var error = await Assert.ThrowsAsync<IdcServiceException>(() => EmulatorClients.For(server, wrong).CreatePermissionSetAsync(
            new CreatePermissionSetRequest { InstanceId = EmulatorDefaults.InstanceId, Name = "Nope" }));

        Assert.Equal((401, "APIGW.0301"), (error.StatusCode, error.ErrorCode));
        Assert.Contains("canonicalRequest", error.ErrorMessage);
        Assert.NotNull(error.RequestId);
        Assert.Equal(0, server.State.CountPermissionSets(EmulatorDefaults.InstanceId));
    }

    [Fact]
    public async Task A_duplicate_name_is_a_conflict_when_nothing_was_lost()
    {
        server.State.CreatePermissionSet(EmulatorDefaults.InstanceId, "Taken");

        var error = await Assert.ThrowsAsync<IdcServiceException>(() => EmulatorClients.For(server).CreatePermissionSetAsync(
            new CreatePermissionSetRequest { InstanceId = EmulatorDefaults.InstanceId, Name = "Taken" }));

        Assert.Equal((409, "IdentityCenter.1206"), (error.StatusCode, error.ErrorCode));
        Assert.Single(server.RequestLog.Snapshot());
    }

    [Fact]
    public async Task Unknown_instance_and_permission_set_are_not_found()
    {
        var client = EmulatorClients.For(server);

        var instance = await Assert.ThrowsAsync<IdcServiceException>(() => client.CreatePermissionSetAsync(
            new CreatePermissionSetRequest { InstanceId = "ins-0000000000000000", Name = "x" }));
        var set = await Assert.ThrowsAsync<IdcServiceException>(() => client.PutCustomPolicyAsync(
            new PutCustomPolicyRequest { InstanceId = EmulatorDefaults.InstanceId, PermissionSetId = "ps-0000000000000000", Policy = Policy }));

        Assert.Equal(404, instance.StatusCode);
        Assert.Equal((404, "IdentityCenter.1205"), (set.StatusCode, set.ErrorCode));
    }

    [Fact]
    public async Task A_missing_domain_id_is_looked_up_once_per_access_key()
    {
        DomainIdDiscovery.Clear();
        var sink = new RecordingSink();
        var client = EmulatorClients.For(server, EmulatorClients.Demo(domainId: null), sink);

        await client.CreatePermissionSetAsync(new CreatePermissionSetRequest { InstanceId = EmulatorDefaults.InstanceId, Name = "First" });
        await EmulatorClients.For(server, EmulatorClients.Demo(domainId: null)).CreatePermissionSetAsync(
            new CreatePermissionSetRequest { InstanceId = EmulatorDefaults.InstanceId, Name = "Second" });

        var log = server.RequestLog.Snapshot();
        Assert.Equal(1, log.Count(e => e.Operation == EmulatorOperation.ListDomains));
        Assert.Equal(2, log.Count(e => e.Operation == EmulatorOperation.CreatePermissionSet && e.StatusCode == 200));
        Assert.Contains(sink.Events, e => e.Message.Contains("domain id"));
    }

    private static EmulatorServer Reset(EmulatorServer server)
    {
        server.Reset();
        return server;
    }
}
