using System.Text.Json;

namespace IdentityCenter.Emulator.Tests;

/// <summary>
/// Each documented constraint at its limit (accepted) and one past it (400 IdentityCenter.400 naming
/// the field and the limit). Tests share one emulator and only create uniquely named sets.
/// </summary>
public sealed class ValidationTests : IClassFixture<SharedEmulatorFixture>, IDisposable
{
    private readonly EmulatorServer _server;
    private readonly SignedClient _client;

    public ValidationTests(SharedEmulatorFixture fixture)
    {
        _server = fixture.Server;
        _client = new SignedClient(_server);
    }

    public void Dispose() => _client.Dispose();

    [Theory]
    [InlineData(1, 200)]
    [InlineData(32, 200)]
    [InlineData(33, 400)]
    public async Task Name_length(int length, int status)
    {
        ApiReply reply = await _client.CreatePermissionSetAsync(new { name = UniqueOfLength(length) });

        AssertStatus(reply, status, "name", "32");
    }

    [Fact]
    public async Task Name_is_required_and_not_empty()
    {
        AssertStatus(await _client.CreatePermissionSetAsync(new { description = "no name" }), 400, "name", "required");
        AssertStatus(await _client.CreatePermissionSetAsync(new { name = string.Empty }), 400, "name", "32");
    }

    [Theory]
    [InlineData(0, 200)]
    [InlineData(1024, 200)]
    [InlineData(1025, 400)]
    public async Task Description_length(int length, int status) =>
        AssertStatus(await _client.CreatePermissionSetAsync(new { name = Unique(), description = new string('d', length) }), status, "description", "1024");

    [Theory]
    [InlineData(0, 200)]
    [InlineData(240, 200)]
    [InlineData(241, 400)]
    public async Task Relay_state_length(int length, int status) =>
        AssertStatus(await _client.CreatePermissionSetAsync(new { name = Unique(), relay_state = new string('r', length) }), status, "relay_state", "240");

    [Theory]
    [InlineData(100, 200)]
    [InlineData(101, 400)]
    public async Task Session_duration_length(int length, int status)
    {
        // A well-formed duration of exactly the requested length: "PT" + digits + "H".
        string duration = "PT" + new string('1', length - 3) + "H";

        AssertStatus(await _client.CreatePermissionSetAsync(new { name = Unique(), session_duration = duration }), status, "session_duration", "100");
    }

    [Theory]
    [InlineData("PT8H")]
    [InlineData("PT1H30M")]
    [InlineData("P1D")]
    [InlineData("PT900S")]
    [InlineData("P1DT2H")]
    public async Task Session_duration_accepts_iso_8601(string duration) =>
        AssertStatus(await _client.CreatePermissionSetAsync(new { name = Unique(), session_duration = duration }), 200, "session_duration", string.Empty);

    [Theory]
    [InlineData("")]
    [InlineData("8 hours")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("PT8")]
    [InlineData("T8H")]
    [InlineData("P1DT")]
    [InlineData("pt8h")]
    [InlineData("PT8H ")]
    public async Task Session_duration_rejects_garbage(string duration) =>
        AssertStatus(await _client.CreatePermissionSetAsync(new { name = Unique(), session_duration = duration }), 400, "session_duration", string.Empty);

    [Theory]
    [InlineData(0, 200)]
    [InlineData(50, 200)]
    [InlineData(51, 400)]
    public async Task Tag_count(int count, int status)
    {
        var tags = Enumerable.Range(0, count).Select(i => new { key = "k" + i, value = "v" }).ToArray();

        AssertStatus(await _client.CreatePermissionSetAsync(new { name = Unique(), tags }), status, "tags", "50");
    }

    [Theory]
    [InlineData(1, 200)]
    [InlineData(128, 200)]
    [InlineData(129, 400)]
    [InlineData(0, 400)]
    public async Task Tag_key_length(int length, int status) =>
        AssertStatus(
            await _client.CreatePermissionSetAsync(new { name = Unique(), tags = new[] { new { key = new string('k', length), value = "v" } } }),
            status,
            "tags[0].key",
            "128");

    [Theory]
    [InlineData(0, 200)]
    [InlineData(255, 200)]
    [InlineData(256, 400)]
    public async Task Tag_value_length(int length, int status) =>
        AssertStatus(
            await _client.CreatePermissionSetAsync(new { name = Unique(), tags = new[] { new { key = "k", value = new string('v', length) } } }),
            status,
            "tags[0].value",
            "255");

    [Fact]
    public async Task Tag_value_must_not_be_null() =>
        AssertStatus(
            await _client.CreatePermissionSetAsync(new { name = Unique(), tags = new[] { new { key = "k", value = (string?)null } } }),
            400,
            "tags[0].value",
            "null");

    [Fact]
    public async Task Tag_keys_must_be_unique() =>
        AssertStatus(
            await _client.CreatePermissionSetAsync(new { name = Unique(), tags = new[] { new { key = "env", value = "a" }, new { key = "env", value = "b" } } }),
            400,
            "tags[1].key",
            "unique");

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"text\"")]
    [InlineData("{\"name\":5}")]
    [InlineData("{\"name\":\"a\",}")]
    [InlineData("")]
    public async Task Malformed_body_is_400(string body)
    {
        ApiReply reply = await _client.SendAsync(HttpMethod.Post, SignedClient.PermissionSetsPath, body);

        Assert.Equal(400, reply.Status);
        Assert.Equal("IdentityCenter.400", reply.ErrorCode);
        Assert.Equal(reply.RequestIdHeader, reply.Json.GetProperty("request_id").GetString());
    }

    [Theory]
    [InlineData(1025, "description", "1024")]
    [InlineData(241, "relay_state", "240")]
    public async Task Update_enforces_the_same_limits(int length, string field, string limit)
    {
        string id = await _client.CreatePermissionSetIdAsync(Unique());
        var body = new Dictionary<string, string> { [field] = new string('x', length) };

        AssertStatus(await _client.PutJsonAsync(SignedClient.PermissionSetsPath + "/" + id, body), 400, field, limit);
    }

    [Fact]
    public async Task Update_rejects_a_malformed_duration()
    {
        string id = await _client.CreatePermissionSetIdAsync(Unique());

        AssertStatus(await _client.PutJsonAsync(SignedClient.PermissionSetsPath + "/" + id, new { session_duration = "eight hours" }), 400, "session_duration", "ISO-8601");
        Assert.Equal("PT1H", _server.State.FindPermissionSet(EmulatorDefaults.InstanceId, id)!.SessionDuration);
    }

    [Theory]
    [InlineData(131072, 200)]
    [InlineData(131073, 400)]
    public async Task Custom_policy_length(int length, int status)
    {
        string id = await _client.CreatePermissionSetIdAsync(Unique());
        const string Head = "{\"Version\":\"5.0\",\"Statement\":[],\"Pad\":\"";
        string policy = Head + new string('p', length - Head.Length - 2) + "\"}";
        Assert.Equal(length, policy.Length);

        AssertStatus(await _client.PutJsonAsync(SignedClient.PermissionSetsPath + "/" + id + "/custom-policy", new { custom_policy = policy }), status, "custom_policy", "131072");
    }

    [Theory]
    [InlineData("", "131072")]
    [InlineData("not json", "JSON object")]
    [InlineData("[1,2]", "JSON object")]
    [InlineData("\"text\"", "JSON object")]
    public async Task Custom_policy_must_be_a_json_object(string policy, string hint)
    {
        string id = await _client.CreatePermissionSetIdAsync(Unique());

        AssertStatus(await _client.PutJsonAsync(SignedClient.PermissionSetsPath + "/" + id + "/custom-policy", new { custom_policy = policy }), 400, "custom_policy", hint);
    }

    [Fact]
    public async Task Custom_policy_is_required() =>
        AssertStatus(
            await _client.PutJsonAsync(SignedClient.PermissionSetsPath + "/" + await _client.CreatePermissionSetIdAsync(Unique()) + "/custom-policy", new { }),
            400,
            "custom_policy",
            "required");

    [Fact]
    public async Task Duplicate_name_is_409_1206()
    {
        string name = Unique();
        await _client.CreatePermissionSetIdAsync(name);

        ApiReply reply = await _client.CreatePermissionSetAsync(new { name });

        Assert.Equal(409, reply.Status);
        Assert.Equal("IdentityCenter.1206", reply.ErrorCode);
        Assert.Contains(name, reply.ErrorMessage, StringComparison.Ordinal);
        Assert.Single(_server.State.GetPermissionSets(EmulatorDefaults.InstanceId), p => p.Name == name);
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("PUT", "")]
    [InlineData("DELETE", "")]
    [InlineData("PUT", "/custom-policy")]
    [InlineData("GET", "/custom-policy")]
    [InlineData("DELETE", "/custom-policy")]
    public async Task Unknown_permission_set_is_404_1205(string method, string suffix)
    {
        string? body = method == "PUT" ? (suffix.Length == 0 ? "{\"description\":\"x\"}" : "{\"custom_policy\":\"{}\"}") : null;

        ApiReply reply = await _client.SendAsync(new HttpMethod(method), SignedClient.PermissionSetsPath + "/ps-0000000000000000" + suffix, body);

        Assert.Equal(404, reply.Status);
        Assert.Equal("IdentityCenter.1205", reply.ErrorCode);
    }

    [Theory]
    [InlineData("GET", "/permission-sets", null)]
    [InlineData("POST", "/permission-sets", "{\"name\":\"Admins\"}")]
    [InlineData("GET", "/permission-sets/ps-0000000000000000", null)]
    public async Task Unknown_instance_is_404(string method, string suffix, string? body)
    {
        ApiReply reply = await _client.SendAsync(new HttpMethod(method), "v1/instances/ins-0000000000000000" + suffix, body);

        Assert.Equal(404, reply.Status);
        Assert.Equal("IdentityCenter.404", reply.ErrorCode);
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=101")]
    [InlineData("limit=abc")]
    [InlineData("limit=-1")]
    [InlineData("marker=short")]
    [InlineData("marker=000000000000000000000000")]
    [InlineData("marker=zzzzzzzzzzzzzzzzzzzzzzzz")]
    public async Task Bad_pagination_parameters_are_400(string query)
    {
        ApiReply reply = await _client.GetAsync(SignedClient.PermissionSetsPath + "?" + query);

        Assert.Equal(400, reply.Status);
        Assert.Equal("IdentityCenter.400", reply.ErrorCode);
        Assert.Contains(query.Split('=')[0], reply.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("limit=1")]
    [InlineData("limit=100")]
    public async Task Limit_bounds_are_accepted(string query) =>
        Assert.Equal(200, (await _client.GetAsync(SignedClient.PermissionSetsPath + "?" + query)).Status);

    private static string Unique() => EmulatorTestBase.UniqueName("v");

    private static string UniqueOfLength(int length)
    {
        string unique = Guid.NewGuid().ToString("N");
        return length <= unique.Length ? unique[..length] : unique + new string('n', length - unique.Length);
    }

    private static void AssertStatus(ApiReply reply, int status, string field, string hint)
    {
        Assert.True(reply.Status == status, $"expected {status}, got {reply}");
        if (status == 400)
        {
            Assert.Equal("IdentityCenter.400", reply.ErrorCode);
            Assert.StartsWith(field, reply.ErrorMessage, StringComparison.Ordinal);
            Assert.Contains(hint, reply.ErrorMessage, StringComparison.Ordinal);
            Assert.Equal(reply.RequestIdHeader, reply.Json.GetProperty("request_id").GetString());
        }
        else if (status == 200 && reply.Body.Length > 0)
        {
            Assert.Equal(JsonValueKind.Object, reply.Json.GetProperty("permission_set").ValueKind);
        }
    }
}
