using System.Text.Json;

namespace IdentityCenter.Emulator.Tests;

/// <summary>The unsigned /_emulator controls over HTTP.</summary>
public sealed class AdminApiTests : EmulatorTestBase
{
    [Fact]
    public async Task Posted_fault_is_listed_and_applied()
    {
        ApiReply added = await Client.AdminAsync(HttpMethod.Post, "_emulator/faults",
            "{\"operation\":\"ListPermissionSets\",\"count\":1,\"status\":429,\"retryAfterSeconds\":5}");

        Assert.Equal(200, added.Status);
        JsonElement fault = Assert.Single(added.Json.GetProperty("faults").EnumerateArray());
        Assert.StartsWith("fault-", fault.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("ListPermissionSets", fault.GetProperty("operation").GetString());
        Assert.Equal(1, fault.GetProperty("remaining").GetInt32());

        ApiReply listed = await Client.AdminAsync(HttpMethod.Get, "_emulator/faults");
        Assert.Single(listed.Json.GetProperty("faults").EnumerateArray());

        ApiReply throttled = await Client.GetAsync(SignedClient.PermissionSetsPath);
        Assert.Equal(429, throttled.Status);
        Assert.Equal(TimeSpan.FromSeconds(5), throttled.Headers.RetryAfter!.Delta);
        Assert.Equal(200, (await Client.GetAsync(SignedClient.PermissionSetsPath)).Status);
    }

    [Fact]
    public async Task Array_of_faults_with_every_field_is_accepted()
    {
        ApiReply added = await Client.AdminAsync(HttpMethod.Post, "_emulator/faults", """
            [
              {"operation":"*","count":2,"probability":1,"seed":42,"status":503,"retryAfterSeconds":1,"errorCode":"APIGW.0308","errorMessage":"busy","delayMs":1},
              {"operation":"createpermissionset","drop":"after"},
              {"operation":"DeletePermissionSet","drop":"before","count":1}
            ]
            """);

        Assert.Equal(200, added.Status);
        Assert.Equal(3, Server.Faults.List().Count);
        FaultRule first = Server.Faults.List()[0].Rule;
        Assert.Equal(EmulatorOperation.Any, first.Operation);
        Assert.Equal("busy", first.ErrorMessage);
        Assert.Equal(FaultDrop.After, Server.Faults.List()[1].Rule.Drop);
        Assert.Equal(EmulatorOperation.CreatePermissionSet, Server.Faults.List()[1].Rule.Operation);
        Assert.Equal("*", added.Json.GetProperty("faults")[0].GetProperty("operation").GetString());
        Assert.Equal("before", added.Json.GetProperty("faults")[2].GetProperty("drop").GetString());
    }

    [Theory]
    [InlineData("{\"operation\":\"NoSuchOperation\",\"status\":500}", "NoSuchOperation")]
    [InlineData("{\"operation\":\"3\",\"status\":500}", "operation")]
    [InlineData("{\"status\":500,\"retryAfter\":3}", "retryAfter")]
    [InlineData("{\"status\":500,\"probability\":2}", "probability")]
    [InlineData("{\"status\":200}", "status")]
    [InlineData("{\"status\":500,\"drop\":\"before\"}", "drop")]
    [InlineData("{\"drop\":\"sideways\"}", "sideways")]
    [InlineData("{\"count\":1}", "at least one")]
    [InlineData("{\"status\":500,\"count\":0}", "count")]
    [InlineData("{\"id\":\"fault-9\",\"status\":500}", "id")]
    [InlineData("{\"status\":\"five hundred\"}", "status")]
    [InlineData("{", "")]
    [InlineData("42", "")]
    [InlineData("", "")]
    public async Task Invalid_fault_is_400_and_nothing_is_added(string body, string hint)
    {
        ApiReply reply = await Client.AdminAsync(HttpMethod.Post, "_emulator/faults", body);

        Assert.Equal(400, reply.Status);
        Assert.Equal("Emulator.400", reply.ErrorCode);
        Assert.Contains(hint, reply.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(Server.Faults.List());
    }

    [Fact]
    public async Task Delete_faults_clears_them()
    {
        Server.Faults.Add(new FaultRule { Status = 500 });
        Server.Faults.Add(new FaultRule { Status = 503 });

        ApiReply cleared = await Client.AdminAsync(HttpMethod.Delete, "_emulator/faults");

        Assert.Equal(200, cleared.Status);
        Assert.Equal(2, cleared.Json.GetProperty("removed").GetInt32());
        Assert.Equal(200, (await Client.GetAsync("v1/instances")).Status);
    }

    [Fact]
    public async Task Single_fault_can_be_deleted_by_id()
    {
        ActiveFault fault = Server.Faults.Add(new FaultRule { Status = 500 });

        Assert.Equal(204, (await Client.AdminAsync(HttpMethod.Delete, "_emulator/faults/" + fault.Id)).Status);
        Assert.Equal(404, (await Client.AdminAsync(HttpMethod.Delete, "_emulator/faults/" + fault.Id)).Status);
        Assert.Empty(Server.Faults.List());
    }

    [Fact]
    public async Task Reset_clears_state_faults_and_the_request_log()
    {
        await Client.CreatePermissionSetIdAsync("One");
        await Client.CreatePermissionSetIdAsync("Two");
        Server.Faults.Add(new FaultRule { Operation = EmulatorOperation.GetPermissionSet, Status = 500 });

        ApiReply reset = await Client.AdminAsync(HttpMethod.Post, "_emulator/reset");

        Assert.Equal(204, reset.Status);
        Assert.Equal(0, Server.State.CountPermissionSets(EmulatorDefaults.InstanceId));
        Assert.Empty(Server.Faults.List());
        Assert.Empty(Server.RequestLog);
        ApiReply list = await Client.GetAsync(SignedClient.PermissionSetsPath);
        Assert.Empty(list.Json.GetProperty("permission_sets").EnumerateArray());
        Assert.Equal(200, (await Client.CreatePermissionSetAsync(new { name = "One" })).Status);
        Assert.Single(Server.State.GetInstances());
    }

    [Fact]
    public async Task State_shows_instances_permission_sets_tags_policies_and_faults()
    {
        PermissionSetSnapshot seeded = Server.State.CreatePermissionSet(
            EmulatorDefaults.InstanceId,
            "Seeded",
            tags: new[] { new PermissionSetTag("team", "core") },
            customPolicy: "{\"Version\":\"5.0\",\"Statement\":[]}");
        Server.Faults.Add(new FaultRule { Operation = EmulatorOperation.DeleteCustomPolicy, Status = 500 });
        await Client.GetAsync("v1/instances");

        ApiReply state = await Client.AdminAsync(HttpMethod.Get, "_emulator/state");

        Assert.Equal(200, state.Status);
        JsonElement root = state.Json;
        Assert.Equal(EmulatorDefaults.DomainId, root.GetProperty("domainId").GetString());
        Assert.Equal(1, root.GetProperty("requestCount").GetInt32());
        JsonElement instance = Assert.Single(root.GetProperty("instances").EnumerateArray());
        Assert.Equal(EmulatorDefaults.InstanceId, instance.GetProperty("instanceId").GetString());
        JsonElement set = Assert.Single(instance.GetProperty("permissionSets").EnumerateArray());
        Assert.Equal(seeded.PermissionSetId, set.GetProperty("permissionSetId").GetString());
        Assert.Equal("core", set.GetProperty("tags")[0].GetProperty("value").GetString());
        Assert.Equal("{\"Version\":\"5.0\",\"Statement\":[]}", set.GetProperty("customPolicy").GetString());
        Assert.Equal("DeleteCustomPolicy", Assert.Single(root.GetProperty("faults").EnumerateArray()).GetProperty("operation").GetString());
    }

    [Fact]
    public async Task Requests_log_is_readable_and_admin_calls_are_not_in_it()
    {
        await Client.GetAsync("v1/instances");
        await Client.AdminAsync(HttpMethod.Get, "_emulator/state");

        ApiReply requests = await Client.AdminAsync(HttpMethod.Get, "_emulator/requests");

        JsonElement entry = Assert.Single(requests.Json.GetProperty("requests").EnumerateArray());
        Assert.Equal("/v1/instances", entry.GetProperty("path").GetString());
        Assert.Equal(200, entry.GetProperty("statusCode").GetInt32());
        Assert.True(entry.GetProperty("signatureVerified").GetBoolean());
        Assert.Equal("ListInstances", entry.GetProperty("operation").GetString());
        Assert.Single(Server.RequestLog);
    }

    [Fact]
    public async Task Unknown_admin_path_is_404()
    {
        ApiReply reply = await Client.AdminAsync(HttpMethod.Get, "_emulator/nothing");

        Assert.Equal(404, reply.Status);
        Assert.Equal("Emulator.404", reply.ErrorCode);
    }
}
