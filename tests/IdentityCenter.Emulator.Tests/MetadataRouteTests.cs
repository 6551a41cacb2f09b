using System.Globalization;
using System.Text.Json;

namespace IdentityCenter.Emulator.Tests;

/// <summary>The ECS metadata endpoints: session token, temporary credential, the agency-missing mode and call counts.</summary>
public sealed class MetadataRouteTests : EmulatorTestBase
{
    private readonly FixedTimeProvider _clock = new(DateTimeOffset.UtcNow);

    protected override EmulatorOptions CreateOptions() => new() { TimeProvider = _clock, MetadataCredentialLifetime = TimeSpan.FromMinutes(30) };

    [Fact]
    public async Task Token_then_security_key_gives_the_temporary_credential_the_gateway_accepts()
    {
        ApiReply token = await PutTokenAsync("21600");
        Assert.Equal(200, token.Status);
        Assert.StartsWith("text/plain", token.ContentHeaders.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{48}$", token.Body);

        ApiReply key = await GetSecurityKeyAsync(token.Body);

        Assert.Equal(200, key.Status);
        JsonElement credential = key.Json.GetProperty("credential");
        Assert.Equal(EmulatorDefaults.TemporaryAccessKeyId, credential.GetProperty("access").GetString());
        Assert.Equal(EmulatorDefaults.TemporarySecretAccessKey, credential.GetProperty("secret").GetString());
        Assert.Equal(EmulatorDefaults.SecurityToken, credential.GetProperty("securitytoken").GetString());
        string expiresAt = credential.GetProperty("expires_at").GetString()!;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$", expiresAt);
        DateTimeOffset expires = DateTimeOffset.ParseExact(expiresAt, "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Assert.Equal(_clock.Now.AddMinutes(30).ToUnixTimeMilliseconds(), expires.ToUnixTimeMilliseconds());

        using var signed = new SignedClient(Server, new TestCredentials(
            credential.GetProperty("access").GetString()!,
            credential.GetProperty("secret").GetString()!,
            credential.GetProperty("securitytoken").GetString(),
            EmulatorDefaults.DomainId));
        Assert.Equal(200, (await signed.GetAsync("v1/instances")).Status);
    }

    [Fact]
    public async Task Security_key_without_a_token_is_served()
    {
        Assert.Equal(200, (await GetSecurityKeyAsync(null)).Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("21601")]
    [InlineData("ten")]
    public async Task Token_without_a_valid_ttl_is_400(string? ttl)
    {
        ApiReply reply = await PutTokenAsync(ttl);

        Assert.Equal(400, reply.Status);
        Assert.Contains("X-Metadata-Token-Ttl-Seconds must be a whole number of seconds from 1 to 21600", reply.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_or_expired_token_is_401_without_the_agency_text()
    {
        ApiReply unknown = await GetSecurityKeyAsync(new string('0', 48));
        Assert.Equal(401, unknown.Status);
        Assert.DoesNotContain("Please configure Cloud Service Agency first", unknown.Body, StringComparison.Ordinal);

        string token = (await PutTokenAsync("60")).Body;
        _clock.Now += TimeSpan.FromSeconds(61);
        Assert.Equal(401, (await GetSecurityKeyAsync(token)).Status);
    }

    [Fact]
    public async Task Agency_missing_is_switched_by_the_admin_api_and_answers_401_with_the_text()
    {
        ApiReply on = await Client.AdminAsync(HttpMethod.Post, "_emulator/metadata", "{\"agencyMissing\":true}");
        Assert.Equal(200, on.Status);
        Assert.True(on.Json.GetProperty("agencyMissing").GetBoolean());

        ApiReply refused = await GetSecurityKeyAsync(null);
        Assert.Equal(401, refused.Status);
        Assert.Equal("Please configure Cloud Service Agency first", refused.ErrorMessage);

        Assert.Equal(200, (await Client.AdminAsync(HttpMethod.Post, "_emulator/metadata", "{\"agencyMissing\":false}")).Status);
        Assert.Equal(200, (await GetSecurityKeyAsync(null)).Status);
        Assert.Equal(400, (await Client.AdminAsync(HttpMethod.Post, "_emulator/metadata", "{}")).Status);
    }

    [Fact]
    public async Task Agency_missing_option_applies_from_the_start()
    {
        await using EmulatorServer server = await EmulatorServer.StartAsync(new EmulatorOptions { MetadataAgencyMissing = true });
        using var client = new SignedClient(server);

        ApiReply reply = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "openstack/latest/securitykey"));

        Assert.Equal(401, reply.Status);
        Assert.Contains("Please configure Cloud Service Agency first", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task State_counts_every_metadata_call_faulted_ones_too()
    {
        Server.Faults.Add(new FaultRule { Operation = EmulatorOperation.GetSecurityKey, Count = 1, Status = 500 });
        string token = (await PutTokenAsync("600")).Body;
        Assert.Equal(500, (await GetSecurityKeyAsync(token)).Status);
        Assert.Equal(200, (await GetSecurityKeyAsync(token)).Status);
        await Client.GetAsync("v1/instances");
        await Server.RequestLog.WaitForAsync(e => e.Operation == EmulatorOperation.ListInstances, TimeSpan.FromSeconds(10));

        JsonElement metadata = (await Client.AdminAsync(HttpMethod.Get, "_emulator/state")).Json.GetProperty("metadata");

        Assert.Equal(1, metadata.GetProperty("tokenRequests").GetInt32());
        Assert.Equal(2, metadata.GetProperty("securityKeyRequests").GetInt32());
        Assert.False(metadata.GetProperty("agencyMissing").GetBoolean());

        await Client.AdminAsync(HttpMethod.Post, "_emulator/reset");
        JsonElement afterReset = (await Client.AdminAsync(HttpMethod.Get, "_emulator/state")).Json.GetProperty("metadata");
        Assert.Equal(0, afterReset.GetProperty("securityKeyRequests").GetInt32());
    }

    [Fact]
    public async Task Metadata_paths_with_another_method_are_not_found()
    {
        Assert.Equal(404, (await Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "meta-data/latest/api/token"))).Status);
        Assert.Equal(404, (await Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "openstack/latest/securitykey"))).Status);
    }

    private Task<ApiReply> PutTokenAsync(string? ttl)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "meta-data/latest/api/token");
        if (ttl is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Metadata-Token-Ttl-Seconds", ttl);
        }

        return Client.SendAsync(request);
    }

    private Task<ApiReply> GetSecurityKeyAsync(string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "openstack/latest/securitykey");
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Metadata-Token", token);
        }

        return Client.SendAsync(request);
    }
}
