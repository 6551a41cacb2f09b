using System.Text.Json;

namespace IdentityCenter.Emulator.Tests;

/// <summary>--data / DataFile: loaded at start, rewritten atomically after every change.</summary>
public sealed class PersistenceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "idc-emulator-tests-" + Guid.NewGuid().ToString("N"));

    private string DataFile => Path.Combine(_folder, "state.json");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task State_survives_a_restart()
    {
        string id;
        long createdDate;
        await using (EmulatorServer first = await EmulatorServer.StartAsync(new EmulatorOptions { DataFile = DataFile }))
        {
            using var client = new SignedClient(first);
            ApiReply created = await client.CreatePermissionSetAsync(new
            {
                name = "Persistent",
                description = "kept across restarts",
                session_duration = "PT4H",
                tags = new[] { new { key = "env", value = "test" } },
            });
            JsonElement set = created.Json.GetProperty("permission_set");
            id = set.GetProperty("permission_set_id").GetString()!;
            createdDate = set.GetProperty("created_date").GetInt64();
            Assert.Equal(200, (await client.PutJsonAsync(SignedClient.PermissionSetsPath + "/" + id + "/custom-policy", new { custom_policy = "{\"Version\":\"5.0\"}" })).Status);
        }

        await using EmulatorServer second = await EmulatorServer.StartAsync(new EmulatorOptions { DataFile = DataFile });
        using var again = new SignedClient(second);

        ApiReply read = await again.GetAsync(SignedClient.PermissionSetsPath + "/" + id);
        Assert.Equal(200, read.Status);
        JsonElement reloaded = read.Json.GetProperty("permission_set");
        Assert.Equal("Persistent", reloaded.GetProperty("name").GetString());
        Assert.Equal("kept across restarts", reloaded.GetProperty("description").GetString());
        Assert.Equal("PT4H", reloaded.GetProperty("session_duration").GetString());
        Assert.Equal(createdDate, reloaded.GetProperty("created_date").GetInt64());
        Assert.Equal("{\"Version\":\"5.0\"}", (await again.GetAsync(SignedClient.PermissionSetsPath + "/" + id + "/custom-policy")).Json.GetProperty("custom_policy").GetString());
        Assert.Equal(new[] { new PermissionSetTag("env", "test") }, second.State.FindPermissionSet(EmulatorDefaults.InstanceId, id)!.Tags);

        Assert.Equal(409, (await again.CreatePermissionSetAsync(new { name = "Persistent" })).Status);
        Assert.Equal(200, (await again.CreatePermissionSetAsync(new { name = "Another" })).Status);
        Assert.Equal(2, CountInFile());
    }

    [Fact]
    public async Task Policies_roles_tags_assignments_and_requests_survive_a_restart()
    {
        string id;
        string pendingRequest;
        string alice = EmulatorDefaults.Users[0].Id;
        string member = EmulatorDefaults.MemberAccountIds[0];
        var clock = new FixedTimeProvider(DateTimeOffset.UtcNow);
        await using (EmulatorServer first = await EmulatorServer.StartAsync(new EmulatorOptions { DataFile = DataFile, TimeProvider = clock, AsyncDelay = TimeSpan.FromSeconds(2) }))
        {
            using var client = new SignedClient(first);
            id = await client.CreatePermissionSetIdAsync("Everything");
            string path = SignedClient.PermissionSetsPath + "/" + id;
            Assert.Equal(200, (await client.PutJsonAsync(path + "/custom-role", new { custom_role = "{\"Version\":\"1.1\"}" })).Status);
            Assert.Equal(200, (await client.PostJsonAsync(path + "/attach-managed-policy", new { managed_policy_id = "5e1f0000000000000000000000000001" })).Status);
            Assert.Equal(200, (await client.PostJsonAsync(path + "/attach-managed-role", new { managed_role_id = "7b2e0000000000000000000000000001" })).Status);
            Assert.Equal(200, (await client.PostJsonAsync("v1/instances/identitycenter:permissionset/" + id + "/tags/create", new { tags = new[] { new { key = "env", value = "prod" } } })).Status);
            Assert.Equal(200, (await client.PostJsonAsync(SignedClient.InstancePath + "/account-assignments/create", new { permission_set_id = id, principal_id = alice, principal_type = "USER", target_id = member, target_type = "ACCOUNT" })).Status);
            clock.Now += TimeSpan.FromSeconds(3);
            ApiReply pending = await client.PostJsonAsync(path + "/provision", new { target_type = "ALL_PROVISIONED_ACCOUNTS" });
            pendingRequest = pending.Json.GetProperty("permission_set_provisioning_status").GetProperty("request_id").GetString()!;
        }

        await using EmulatorServer second = await EmulatorServer.StartAsync(new EmulatorOptions { DataFile = DataFile, TimeProvider = clock, AsyncDelay = TimeSpan.FromSeconds(2) });
        using var again = new SignedClient(second);
        string setPath = SignedClient.PermissionSetsPath + "/" + id;

        Assert.Equal("{\"Version\":\"1.1\"}", (await again.GetAsync(setPath + "/custom-role")).Json.GetProperty("custom_role").GetString());
        Assert.Single((await again.GetAsync(setPath + "/managed-policies")).Json.GetProperty("attached_managed_policies").EnumerateArray());
        Assert.Single((await again.GetAsync(setPath + "/managed-roles")).Json.GetProperty("attached_managed_roles").EnumerateArray());
        Assert.Equal("prod", (await again.GetAsync("v1/instances/identitycenter:permissionset/" + id + "/tags")).Json.GetProperty("tags")[0].GetProperty("value").GetString());
        Assert.Single((await again.GetAsync(SignedClient.InstancePath + "/account-assignments?account_id=" + member)).Json.GetProperty("account_assignments").EnumerateArray());
        Assert.Equal(new[] { member }, (await again.GetAsync(setPath + "/accounts")).Json.GetProperty("account_ids").EnumerateArray().Select(a => a.GetString()));

        string ProvisioningStatus(ApiReply reply) => reply.Json.GetProperty("permission_set_provisioning_status").GetProperty("status").GetString()!;
        Assert.Equal("IN_PROGRESS", ProvisioningStatus(await again.GetAsync(SignedClient.PermissionSetsPath + "/provisioning-status/" + pendingRequest)));
        clock.Now += TimeSpan.FromSeconds(3);
        Assert.Equal("SUCCEEDED", ProvisioningStatus(await again.GetAsync(SignedClient.PermissionSetsPath + "/provisioning-status/" + pendingRequest)));

        // A request settled by reading is written back, so a third start sees it settled too.
        using JsonDocument file = JsonDocument.Parse(File.ReadAllText(DataFile));
        Assert.Contains("\"SUCCEEDED\"", file.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"IN_PROGRESS\"", file.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_is_complete_json_after_every_change_and_no_temp_files_remain()
    {
        await using EmulatorServer server = await EmulatorServer.StartAsync(new EmulatorOptions { DataFile = DataFile });
        using var client = new SignedClient(server);
        Assert.Equal(0, CountInFile());

        string id = await client.CreatePermissionSetIdAsync("Step1");
        Assert.Equal(1, CountInFile());

        await client.PutJsonAsync(SignedClient.PermissionSetsPath + "/" + id, new { description = "updated" });
        Assert.Equal("updated", ReadSet(id).GetProperty("description").GetString());

        await client.PutJsonAsync(SignedClient.PermissionSetsPath + "/" + id + "/custom-policy", new { custom_policy = "{}" });
        Assert.Equal("{}", ReadSet(id).GetProperty("custom_policy").GetString());

        await client.DeleteAsync(SignedClient.PermissionSetsPath + "/" + id + "/custom-policy");
        Assert.Equal(JsonValueKind.Null, ReadSet(id).GetProperty("custom_policy").ValueKind);

        await client.DeleteAsync(SignedClient.PermissionSetsPath + "/" + id);
        Assert.Equal(0, CountInFile());

        Assert.Equal(new[] { DataFile }, Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task Concurrent_changes_all_reach_the_file()
    {
        await using EmulatorServer server = await EmulatorServer.StartAsync(new EmulatorOptions { DataFile = DataFile });
        using var client = new SignedClient(server);

        ApiReply[] replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => client.CreatePermissionSetAsync(new { name = "Parallel" + i })));

        Assert.All(replies, r => Assert.Equal(200, r.Status));
        Assert.Equal(20, CountInFile());
        Assert.Equal(new[] { DataFile }, Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task Reset_is_saved()
    {
        await using EmulatorServer server = await EmulatorServer.StartAsync(new EmulatorOptions { DataFile = DataFile });
        server.State.CreatePermissionSet(EmulatorDefaults.InstanceId, "ToBeReset");
        Assert.Equal(1, CountInFile());

        server.Reset();

        Assert.Equal(0, CountInFile());
    }

    [Fact]
    public async Task Previous_file_is_replaced_not_appended()
    {
        await using (EmulatorServer server = await EmulatorServer.StartAsync(new EmulatorOptions { DataFile = DataFile }))
        {
            for (int i = 0; i < 10; i++)
            {
                server.State.CreatePermissionSet(EmulatorDefaults.InstanceId, "Long name number " + i, description: new string('d', 500));
            }
        }

        long before = new FileInfo(DataFile).Length;
        await using (EmulatorServer server = await EmulatorServer.StartAsync(new EmulatorOptions { DataFile = DataFile }))
        {
            server.Reset();
        }

        Assert.True(new FileInfo(DataFile).Length < before / 4);
        Assert.Equal(0, CountInFile());
    }

    [Fact]
    public async Task Unwritable_data_file_is_a_500_in_the_service_error_shape()
    {
        await using EmulatorServer server = await EmulatorServer.StartAsync(new EmulatorOptions { DataFile = DataFile });
        using var client = new SignedClient(server);
        File.Delete(DataFile);
        Directory.CreateDirectory(DataFile);

        ApiReply reply = await client.CreatePermissionSetAsync(new { name = "Unsaved" });

        Assert.Equal(500, reply.Status);
        Assert.Equal("IdentityCenter.500", reply.ErrorCode);
        Assert.Equal(reply.RequestIdHeader, reply.Json.GetProperty("request_id").GetString());
        Assert.Equal(500, Assert.Single(server.RequestLog).StatusCode);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("null")]
    [InlineData("{\"format_version\":99,\"instances\":[]}")]
    public async Task Unreadable_file_stops_the_start_with_a_clear_error(string content)
    {
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(DataFile, content);

        InvalidDataException error = await Assert.ThrowsAsync<InvalidDataException>(() => EmulatorServer.StartAsync(new EmulatorOptions { DataFile = DataFile }));

        Assert.Contains(DataFile, error.Message, StringComparison.Ordinal);
        Assert.Equal(content, await File.ReadAllTextAsync(DataFile));
    }

    [Fact]
    public async Task Missing_folder_is_created()
    {
        string nested = Path.Combine(_folder, "a", "b", "state.json");

        await using EmulatorServer server = await EmulatorServer.StartAsync(new EmulatorOptions { DataFile = nested });

        Assert.True(File.Exists(nested));
        Assert.Equal(Path.GetFullPath(nested), server.State.DataFile);
    }

    private JsonElement ReadFile()
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(DataFile));
        return document.RootElement.Clone();
    }

    private int CountInFile()
    {
        JsonElement instance = ReadFile().GetProperty("instances").EnumerateArray().Single(i => i.GetProperty("instance_id").GetString() == EmulatorDefaults.InstanceId);
        return instance.GetProperty("permission_sets").GetArrayLength();
    }

    private JsonElement ReadSet(string id) =>
        ReadFile().GetProperty("instances")[0].GetProperty("permission_sets").EnumerateArray()
            .Single(s => s.GetProperty("permission_set_id").GetString() == id);
}
