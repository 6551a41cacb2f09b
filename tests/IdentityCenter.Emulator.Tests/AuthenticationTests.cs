using System.Text;

namespace IdentityCenter.Emulator.Tests;

/// <summary>The gateway checks over real HTTP: every failure is a 401 APIGW.0301 that never reaches the service.</summary>
public sealed class AuthenticationTests : EmulatorTestBase
{
    [Fact]
    public async Task Bad_signature_is_401_with_the_server_canonical_request_in_the_message()
    {
        using HttpRequestMessage request = Client.Create(HttpMethod.Get, SignedClient.PermissionSetsPath + "?limit=5");
        string authorization = request.Headers.GetValues("Authorization").Single();
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", authorization[..^1] + (authorization[^1] == 'a' ? 'b' : 'a'));

        ApiReply reply = await Client.SendAsync(request);

        Assert.Equal(401, reply.Status);
        Assert.Equal("APIGW.0301", reply.ErrorCode);
        string expectedCanonical = string.Join("|",
            "GET",
            "/" + SignedClient.PermissionSetsPath + "/",
            "limit=5",
            "host:" + Server.BaseAddress.Authority,
            "x-domain-id:" + EmulatorDefaults.DomainId,
            "x-sdk-date:" + request.Headers.GetValues("X-Sdk-Date").Single(),
            string.Empty,
            "host;x-domain-id;x-sdk-date",
            CanonicalRequestBuilder.EmptyPayloadHash);
        Assert.Equal(
            "Incorrect IAM authentication information: verify aksk signature fail, canonicalRequest:" + expectedCanonical,
            reply.ErrorMessage);
        Assert.Equal(reply.RequestIdHeader, reply.Json.GetProperty("request_id").GetString());
        Assert.Equal(0, Server.State.CountPermissionSets(EmulatorDefaults.InstanceId));
    }

    [Fact]
    public async Task Body_changed_by_one_byte_after_signing_is_401_and_nothing_is_created()
    {
        using HttpRequestMessage request = Client.Create(HttpMethod.Post, SignedClient.PermissionSetsPath, "{\"name\":\"Admins\"}");
        byte[] tampered = Encoding.UTF8.GetBytes("{\"name\":\"Admina\"}");
        var content = new ByteArrayContent(tampered);
        content.Headers.ContentType = request.Content!.Headers.ContentType;
        request.Content = content;

        ApiReply reply = await Client.SendAsync(request);

        Assert.Equal(401, reply.Status);
        Assert.Contains("verify aksk signature fail", reply.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(0, Server.State.CountPermissionSets(EmulatorDefaults.InstanceId));
        RequestLogEntry entry = Assert.Single(Server.RequestLog);
        Assert.False(entry.SignatureVerified);
        Assert.Null(entry.Operation);
    }

    [Fact]
    public async Task Unknown_access_key_is_401_naming_the_key()
    {
        Client.Credentials = TestCredentials.Permanent with { AccessKeyId = "NOSUCHACCESSKEY00001" };

        ApiReply reply = await Client.GetAsync("v1/instances");

        Assert.Equal(401, reply.Status);
        Assert.Equal("APIGW.0301", reply.ErrorCode);
        Assert.Equal("Incorrect IAM authentication information: ak NOSUCHACCESSKEY00001 not exist", reply.ErrorMessage);
    }

    [Fact]
    public async Task Wrong_secret_key_is_a_signature_failure()
    {
        Client.Credentials = TestCredentials.Permanent with { SecretAccessKey = "not-the-secret" };

        ApiReply reply = await Client.GetAsync("v1/instances");

        Assert.Equal(401, reply.Status);
        Assert.Contains("verify aksk signature fail", reply.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-20)]
    [InlineData(20)]
    public async Task Date_more_than_fifteen_minutes_off_is_401_signature_expired(int minutes)
    {
        Client.Clock = () => DateTimeOffset.UtcNow.AddMinutes(minutes);

        ApiReply reply = await Client.GetAsync("v1/instances");

        Assert.Equal(401, reply.Status);
        Assert.Equal("APIGW.0301", reply.ErrorCode);
        Assert.Contains("signature expired", reply.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_date_is_401_signature_expired()
    {
        using HttpRequestMessage request = Client.Create(HttpMethod.Get, "v1/instances");
        request.Headers.Remove("X-Sdk-Date");

        ApiReply reply = await Client.SendAsync(request);

        Assert.Equal(401, reply.Status);
        Assert.Contains("signature expired", reply.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_authorization_is_401()
    {
        ApiReply reply = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "v1/instances"));

        Assert.Equal(401, reply.Status);
        Assert.Equal("APIGW.0301", reply.ErrorCode);
    }

    [Fact]
    public async Task Temporary_key_without_its_security_token_is_401()
    {
        Client.Credentials = TestCredentials.Temporary with { SecurityToken = null };

        ApiReply reply = await Client.GetAsync("v1/instances");

        Assert.Equal(401, reply.Status);
        Assert.Equal("APIGW.0301", reply.ErrorCode);
        Assert.Contains("X-Security-Token", reply.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Temporary_key_with_a_wrong_security_token_is_401()
    {
        Client.Credentials = TestCredentials.Temporary with { SecurityToken = "stolen-token" };

        ApiReply reply = await Client.GetAsync("v1/instances");

        Assert.Equal(401, reply.Status);
    }

    [Fact]
    public async Task Temporary_key_with_its_security_token_is_200()
    {
        Client.Credentials = TestCredentials.Temporary;

        ApiReply reply = await Client.CreatePermissionSetAsync(new { name = "FromTemporaryKey" });

        Assert.Equal(200, reply.Status);
        Assert.Equal(EmulatorDefaults.TemporaryAccessKeyId, Assert.Single(Server.RequestLog).AccessKeyId);
    }

    [Fact]
    public async Task Permanent_key_with_a_stray_security_token_still_verifies()
    {
        Client.Credentials = TestCredentials.Permanent with { SecurityToken = "ignored" };

        Assert.Equal(200, (await Client.GetAsync("v1/instances")).Status);
    }

    [Fact]
    public async Task V1_without_domain_id_is_401()
    {
        Client.Credentials = TestCredentials.Permanent with { DomainId = null };

        ApiReply reply = await Client.GetAsync("v1/instances");

        Assert.Equal(401, reply.Status);
        Assert.Equal("APIGW.0301", reply.ErrorCode);
        Assert.Contains("X-Domain-Id", reply.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task V1_with_another_domain_id_is_403()
    {
        Client.Credentials = TestCredentials.Permanent with { DomainId = "f0000000000000000000000000000009" };

        ApiReply reply = await Client.GetAsync("v1/instances");

        Assert.Equal(403, reply.Status);
        Assert.Equal("IdentityCenter.1000", reply.ErrorCode);
        Assert.Equal(reply.RequestIdHeader, reply.Json.GetProperty("request_id").GetString());
    }

    [Fact]
    public async Task Domain_discovery_needs_a_signature_but_no_domain_id()
    {
        Client.Credentials = TestCredentials.Permanent with { DomainId = null };

        ApiReply reply = await Client.GetAsync("v3/auth/domains");

        Assert.Equal(200, reply.Status);
        System.Text.Json.JsonElement domain = Assert.Single(reply.Json.GetProperty("domains").EnumerateArray());
        Assert.Equal(EmulatorDefaults.DomainId, domain.GetProperty("id").GetString());
        Assert.Equal("emulator", domain.GetProperty("name").GetString());
        Assert.True(domain.GetProperty("enabled").GetBoolean());

        ApiReply unsigned = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "v3/auth/domains"));
        Assert.Equal(401, unsigned.Status);
    }

    [Fact]
    public async Task Unknown_api_path_is_404_apigw_0101_after_verification()
    {
        ApiReply reply = await Client.GetAsync("v1/instances/" + EmulatorDefaults.InstanceId + "/no-such-thing");

        Assert.Equal(404, reply.Status);
        Assert.Equal("APIGW.0101", reply.ErrorCode);
        Assert.True(Assert.Single(Server.RequestLog).SignatureVerified);
    }

    [Fact]
    public async Task Known_path_with_another_method_is_404_apigw_0101()
    {
        ApiReply reply = await Client.SendAsync(HttpMethod.Patch, SignedClient.PermissionSetsPath, "{}");

        Assert.Equal(404, reply.Status);
        Assert.Equal("APIGW.0101", reply.ErrorCode);
    }

    [Fact]
    public async Task Path_outside_the_api_is_404_without_a_signature()
    {
        ApiReply reply = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "favicon.ico"));

        Assert.Equal(404, reply.Status);
        Assert.Equal("APIGW.0101", reply.ErrorCode);
    }
}
