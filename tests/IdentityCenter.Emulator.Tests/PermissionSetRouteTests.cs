using System.Text.Json;
using System.Text.RegularExpressions;

namespace IdentityCenter.Emulator.Tests;

/// <summary>Each route's success shape, wire names as the service documents them.</summary>
public sealed partial class PermissionSetRouteTests : EmulatorTestBase
{
    private static readonly DateTimeOffset CreatedAt = new(2025, 6, 1, 8, 30, 0, 123, TimeSpan.Zero);

    private readonly FixedTimeProvider _clock = new(CreatedAt);

    protected override EmulatorOptions CreateOptions() => new() { TimeProvider = _clock };

    public PermissionSetRouteTests()
    {
        // The server's clock is pinned for created_date; keep the signer's date next to it.
        _clock.Now = DateTimeOffset.UtcNow;
    }

    [Fact]
    public async Task List_instances_returns_the_configured_instance()
    {
        ApiReply reply = await Client.GetAsync("v1/instances");

        Assert.Equal(200, reply.Status);
        JsonElement instance = Assert.Single(reply.Json.GetProperty("instances").EnumerateArray());
        Assert.Equal(EmulatorDefaults.InstanceId, instance.GetProperty("instance_id").GetString());
        Assert.Equal(20, instance.GetProperty("instance_id").GetString()!.Length);
        Assert.Equal(EmulatorDefaults.IdentityStoreId, instance.GetProperty("identity_store_id").GetString());
        Assert.Equal("emulator", instance.GetProperty("alias").GetString());
        Assert.Contains(EmulatorDefaults.InstanceId, instance.GetProperty("instance_urn").GetString(), StringComparison.Ordinal);
        JsonElement pageInfo = reply.Json.GetProperty("page_info");
        Assert.Equal(JsonValueKind.Null, pageInfo.GetProperty("next_marker").ValueKind);
        Assert.Equal(1, pageInfo.GetProperty("current_count").GetInt32());
    }

    [Fact]
    public async Task Create_returns_the_permission_set_with_id_urn_and_created_date()
    {
        ApiReply reply = await Client.CreatePermissionSetAsync(new
        {
            name = "ReadOnly",
            description = "只读权限 – Zürich ✓",
            relay_state = "https://console.example.com/",
            session_duration = "PT8H",
            tags = new[] { new { key = "env", value = "prod" } },
        });

        Assert.Equal(200, reply.Status);
        Assert.StartsWith("application/json", reply.ContentHeaders.ContentType!.ToString(), StringComparison.Ordinal);
        JsonElement set = reply.Json.GetProperty("permission_set");
        string id = set.GetProperty("permission_set_id").GetString()!;
        Assert.Matches(PermissionSetId(), id);
        Assert.Equal("ReadOnly", set.GetProperty("name").GetString());
        Assert.Equal("只读权限 – Zürich ✓", set.GetProperty("description").GetString());
        Assert.Equal("https://console.example.com/", set.GetProperty("relay_state").GetString());
        Assert.Equal("PT8H", set.GetProperty("session_duration").GetString());
        Assert.Equal(_clock.Now.ToUnixTimeMilliseconds(), set.GetProperty("created_date").GetInt64());
        Assert.Equal("IdentityCenter::system:permissionSet:" + id, set.GetProperty("permission_urn").GetString());

        PermissionSetSnapshot stored = Server.State.FindPermissionSet(EmulatorDefaults.InstanceId, id)!;
        Assert.Equal(new[] { new PermissionSetTag("env", "prod") }, stored.Tags);
    }

    [Fact]
    public async Task Create_without_optional_fields_defaults_the_session_duration()
    {
        ApiReply reply = await Client.CreatePermissionSetAsync(new { name = "Minimal" });

        JsonElement set = reply.Json.GetProperty("permission_set");
        Assert.Equal("PT1H", set.GetProperty("session_duration").GetString());
        Assert.Equal(JsonValueKind.Null, set.GetProperty("description").ValueKind);
    }

    [Fact]
    public async Task Get_returns_what_create_returned()
    {
        ApiReply created = await Client.CreatePermissionSetAsync(new { name = "Auditors", description = "audit" });
        string id = created.Json.GetProperty("permission_set").GetProperty("permission_set_id").GetString()!;

        ApiReply reply = await Client.GetAsync(SignedClient.PermissionSetsPath + "/" + id);

        Assert.Equal(200, reply.Status);
        Assert.Equal(
            created.Json.GetProperty("permission_set").GetRawText(),
            reply.Json.GetProperty("permission_set").GetRawText());
    }

    [Fact]
    public async Task Update_changes_description_relay_state_and_duration_only()
    {
        string id = await Client.CreatePermissionSetIdAsync("Operators", "before");

        ApiReply reply = await Client.PutJsonAsync(SignedClient.PermissionSetsPath + "/" + id, new
        {
            description = "after",
            relay_state = "https://relay.example.com/",
            session_duration = "PT1H30M",
        });

        Assert.Equal(200, reply.Status);
        Assert.Equal(string.Empty, reply.Body);
        PermissionSetSnapshot stored = Server.State.FindPermissionSet(EmulatorDefaults.InstanceId, id)!;
        Assert.Equal("Operators", stored.Name);
        Assert.Equal("after", stored.Description);
        Assert.Equal("https://relay.example.com/", stored.RelayState);
        Assert.Equal("PT1H30M", stored.SessionDuration);
    }

    [Fact]
    public async Task Update_with_only_some_fields_keeps_the_others()
    {
        string id = await Client.CreatePermissionSetIdAsync("Keepers", "kept");

        Assert.Equal(200, (await Client.PutJsonAsync(SignedClient.PermissionSetsPath + "/" + id, new { session_duration = "P1D" })).Status);

        PermissionSetSnapshot stored = Server.State.FindPermissionSet(EmulatorDefaults.InstanceId, id)!;
        Assert.Equal("kept", stored.Description);
        Assert.Equal("P1D", stored.SessionDuration);
    }

    [Fact]
    public async Task Delete_removes_the_permission_set()
    {
        string id = await Client.CreatePermissionSetIdAsync("Temporary");

        ApiReply reply = await Client.DeleteAsync(SignedClient.PermissionSetsPath + "/" + id);

        Assert.Equal(200, reply.Status);
        Assert.Equal(string.Empty, reply.Body);
        Assert.Equal(0, Server.State.CountPermissionSets(EmulatorDefaults.InstanceId));
        ApiReply again = await Client.GetAsync(SignedClient.PermissionSetsPath + "/" + id);
        Assert.Equal(404, again.Status);
        Assert.Equal("IdentityCenter.1205", again.ErrorCode);
    }

    [Fact]
    public async Task Custom_policy_can_be_put_read_and_deleted()
    {
        string id = await Client.CreatePermissionSetIdAsync("WithPolicy");
        string path = SignedClient.PermissionSetsPath + "/" + id + "/custom-policy";
        const string Policy = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":[\"organizations:ous:delete\"]}]}";

        ApiReply none = await Client.GetAsync(path);
        Assert.Equal(404, none.Status);

        ApiReply put = await Client.PutJsonAsync(path, new { custom_policy = Policy });
        Assert.Equal(200, put.Status);
        Assert.Equal(string.Empty, put.Body);

        ApiReply read = await Client.GetAsync(path);
        Assert.Equal(200, read.Status);
        Assert.Equal(Policy, read.Json.GetProperty("custom_policy").GetString());

        ApiReply deleted = await Client.DeleteAsync(path);
        Assert.Equal(200, deleted.Status);
        Assert.Equal(404, (await Client.GetAsync(path)).Status);
        Assert.Equal(404, (await Client.DeleteAsync(path)).Status);
    }

    [Fact]
    public async Task List_filters_by_name_and_by_id()
    {
        string adminsId = await Client.CreatePermissionSetIdAsync("Admins");
        await Client.CreatePermissionSetIdAsync("Admins2");
        await Client.CreatePermissionSetIdAsync("Readers");

        ApiReply byName = await Client.GetAsync(SignedClient.PermissionSetsPath + "?name=Admins");
        JsonElement match = Assert.Single(byName.Json.GetProperty("permission_sets").EnumerateArray());
        Assert.Equal(adminsId, match.GetProperty("permission_set_id").GetString());
        Assert.Equal(1, byName.Json.GetProperty("page_info").GetProperty("current_count").GetInt32());

        ApiReply byId = await Client.GetAsync(SignedClient.PermissionSetsPath + "?permission_set_id=" + adminsId);
        Assert.Equal("Admins", Assert.Single(byId.Json.GetProperty("permission_sets").EnumerateArray()).GetProperty("name").GetString());

        ApiReply byUrn = await Client.GetAsync(SignedClient.PermissionSetsPath + "?permission_urn=" + Uri.EscapeDataString("IdentityCenter::system:permissionSet:" + adminsId));
        Assert.Single(byUrn.Json.GetProperty("permission_sets").EnumerateArray());

        ApiReply none = await Client.GetAsync(SignedClient.PermissionSetsPath + "?name=Nobody");
        Assert.Empty(none.Json.GetProperty("permission_sets").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, none.Json.GetProperty("page_info").GetProperty("next_marker").ValueKind);
    }

    [Fact]
    public async Task Name_filter_with_reserved_characters_and_unicode_survives_signing()
    {
        await Client.CreatePermissionSetIdAsync("dev ops/α&b=c+d");

        ApiReply reply = await Client.GetAsync(SignedClient.PermissionSetsPath + "?name=" + Uri.EscapeDataString("dev ops/α&b=c+d"));

        Assert.Equal(200, reply.Status);
        Assert.Single(reply.Json.GetProperty("permission_sets").EnumerateArray());
    }

    [Fact]
    public async Task Trailing_slash_reaches_the_same_operation()
    {
        ApiReply reply = await Client.GetAsync("v1/instances/");

        Assert.Equal(200, reply.Status);
        Assert.Single(reply.Json.GetProperty("instances").EnumerateArray());
    }

    [Fact]
    public async Task Every_reply_carries_a_fresh_32_hex_request_id()
    {
        ApiReply first = await Client.GetAsync("v1/instances");
        ApiReply second = await Client.GetAsync("v1/instances");
        ApiReply admin = await Client.AdminAsync(HttpMethod.Get, "_emulator/state");

        foreach (ApiReply reply in new[] { first, second, admin })
        {
            Assert.Matches(RequestId(), reply.RequestIdHeader);
        }

        Assert.NotEqual(first.RequestIdHeader, second.RequestIdHeader);
        Assert.Equal(new[] { first.RequestIdHeader, second.RequestIdHeader }, Server.RequestLog.Select(e => e.RequestId));
    }

    [GeneratedRegex("^ps-[0-9a-f]{16}$")]
    private static partial Regex PermissionSetId();

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex RequestId();
}
