using System.Net;
using System.Net.Sockets;
using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Http;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Tests.EndToEnd;
using IdentityCenter.Core.Tests.Http;
using IdentityCenter.Emulator;
using IdentityCenter.Emulator.Faults;

namespace IdentityCenter.Core.Tests.Credentials;

/// <summary>
/// Temporary keys from the ECS metadata service, served by the emulator over loopback: where the chain asks for them,
/// when they are renewed, that concurrent requests share one renewal, and that a missing service fails fast and once.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class MetadataCredentialTests
{
    private const string EnvironmentSecret = "Metadata-Test-Env-Secret-0001";

    [Fact]
    public async Task With_nothing_else_configured_the_chain_takes_the_metadata_service_s_keys()
    {
        await using var server = await EmulatorServer.StartAsync();
        var environment = Only(server);

        var provider = CredentialResolver.ResolveProvider(null, null, environment);

        Assert.Equal(EmulatorDefaults.TemporaryAccessKeyId, provider.Current.AccessKeyId);
        Assert.Equal(SettingSource.InstanceMetadata, provider.Current.KeySource);
        Assert.True(provider.Current.IsTemporary);
        Assert.NotNull(provider.ExpiresAt);
        Assert.StartsWith("ECS metadata (agency), expires at ", provider.Description);
        Assert.Equal(1, await Count(server, EmulatorOperation.GetMetadataToken, 1));
        Assert.Equal(1, await Count(server, EmulatorOperation.GetSecurityKey, 1));
    }

    [Fact]
    public async Task Parameters_session_environment_and_file_all_come_before_the_metadata_service()
    {
        await using var server = await EmulatorServer.StartAsync();
        var environment = Only(server);
        environment.Variables[EnvironmentVariables.CredentialsFile] = "/creds";
        environment.Files["/creds"] = "[global]\nak = AKFILE\nsk = file-secret-0001\n";
        Assert.Equal("AKFILE", CredentialResolver.Resolve(null, null, environment).AccessKeyId);

        environment.Variables[EnvironmentVariables.AccessKeyId] = "AKENV";
        environment.Variables[EnvironmentVariables.SecretAccessKey] = EnvironmentSecret;
        Assert.Equal("AKENV", CredentialResolver.Resolve(null, null, environment).AccessKeyId);

        var session = new SessionSettings("AKSESSION", SecureText.From("session-secret-0001"), null, null, null, null);
        Assert.Equal("AKSESSION", CredentialResolver.Resolve(null, session, environment).AccessKeyId);

        var given = new CredentialInput { AccessKeyId = "AKGIVEN", SecretAccessKey = SecureText.From("given-secret-0001") };
        Assert.Equal("AKGIVEN", CredentialResolver.Resolve(given, session, environment).AccessKeyId);

        Assert.Equal(0, await Count(server, EmulatorOperation.GetSecurityKey, 0));
    }

    [Fact]
    public async Task A_create_succeeds_with_only_the_metadata_service_as_a_source()
    {
        await using var server = await EmulatorServer.StartAsync();
        var provider = CredentialResolver.ResolveProvider(null, null, Only(server));
        var client = new IdentityCenterClient(Options(server), provider);

        var set = await client.CreatePermissionSetAsync(new CreatePermissionSetRequest { InstanceId = EmulatorDefaults.InstanceId, Name = "FromMetadata" });

        Assert.Equal("FromMetadata", set.Name);
    }

    [Fact]
    public async Task Keys_are_renewed_before_fewer_than_40_minutes_remain_with_one_metadata_call_per_renewal()
    {
        var time = new ManualTime();
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { TimeProvider = time, MetadataCredentialLifetime = TimeSpan.FromMinutes(60) });
        var cache = NewCache(server, time);
        var client = new IdentityCenterClient(Options(server, time), await Provider(cache));

        // Three hours of a pipeline, a call every five minutes.
        for (var minute = 0; minute <= 180; minute += 5)
        {
            await client.ListInstancesAsync();
            var left = cache.Latest!.ExpiresAt - time.Now;
            Assert.True(left > MetadataCredentialCache.RefreshWindow, $"at minute {minute} the keys in use had only {left} left");
            time.Advance(TimeSpan.FromMinutes(5));
        }

        // Fetched at 0, then renewed every 20 minutes (when 40 of the 60 remain): 0, 20, ..., 180.
        Assert.Equal(10, cache.Fetches);
        Assert.Equal(10, await Count(server, EmulatorOperation.GetSecurityKey, 10));
    }

    [Fact]
    public async Task Keys_that_arrive_with_less_than_the_window_left_are_renewed_half_way()
    {
        var time = new ManualTime();
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { TimeProvider = time, MetadataCredentialLifetime = TimeSpan.FromMinutes(30) });
        var cache = NewCache(server, time);
        var client = new IdentityCenterClient(Options(server, time), await Provider(cache));

        time.Advance(TimeSpan.FromMinutes(14));
        await client.ListInstancesAsync();
        Assert.Equal(1, cache.Fetches);

        time.Advance(TimeSpan.FromMinutes(2));
        await client.ListInstancesAsync();
        Assert.Equal(2, cache.Fetches);
    }

    [Fact]
    public async Task Many_concurrent_requests_that_find_the_keys_due_share_one_renewal()
    {
        var time = new ManualTime();
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { TimeProvider = time, MetadataCredentialLifetime = TimeSpan.FromMinutes(60) });
        var cache = NewCache(server, time);
        var provider = await Provider(cache);
        time.Advance(TimeSpan.FromMinutes(25));

        // Separate clients, as separate runspaces would have, over the one process-wide cache.
        var calls = Enumerable.Range(0, 40).Select(_ => Task.Run(() => new IdentityCenterClient(Options(server, time), provider).ListInstancesAsync()));
        await Task.WhenAll(calls);

        Assert.Equal(2, cache.Fetches);
        Assert.Equal(2, await Count(server, EmulatorOperation.GetSecurityKey, 2));
    }

    [Fact]
    public async Task A_401_saying_the_keys_expired_renews_them_once_and_sends_again()
    {
        await using var server = await EmulatorServer.StartAsync();
        var cache = NewCache(server, new ManualTime());
        var client = new IdentityCenterClient(Options(server), await Provider(cache));
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, Count = 1, Status = 401, ErrorCode = "APIGW.0307", ErrorMessage = "The token must be updated." });

        var set = await client.CreatePermissionSetAsync(new CreatePermissionSetRequest { InstanceId = EmulatorDefaults.InstanceId, Name = "AfterRenewal" });

        Assert.Equal("AfterRenewal", set.Name);
        Assert.Equal(2, cache.Fetches);
    }

    [Fact]
    public async Task A_401_that_says_nothing_of_expiry_is_not_a_reason_to_renew()
    {
        await using var server = await EmulatorServer.StartAsync();
        var cache = NewCache(server, new ManualTime());
        var client = new IdentityCenterClient(Options(server), await Provider(cache));
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, Count = 1, Status = 401, ErrorCode = "APIGW.0301", ErrorMessage = "Incorrect IAM authentication information: verify aksk signature fail" });

        var failure = await Assert.ThrowsAsync<IdcServiceException>(() => client.CreatePermissionSetAsync(new CreatePermissionSetRequest { InstanceId = EmulatorDefaults.InstanceId, Name = "NoRenewal" }));

        Assert.Equal(401, failure.StatusCode);
        Assert.Equal(1, cache.Fetches);
    }

    [Fact]
    public void Off_a_cloud_server_the_no_credentials_error_names_the_metadata_service_and_it_is_not_asked_again()
    {
        var environment = new FakeEnvironment();
        environment.Variables[EnvironmentVariables.MetadataUrl] = "http://127.0.0.1:" + ClosedPort();

        var first = Assert.Throws<IdcConfigurationException>(() => CredentialResolver.Resolve(null, null, environment));
        var second = Assert.Throws<IdcConfigurationException>(() => CredentialResolver.Resolve(null, null, environment));

        Assert.Contains("No Huawei Cloud access key", first.Message);
        Assert.Contains("the ECS metadata service at " + environment.Variables[EnvironmentVariables.MetadataUrl] + " could not be reached", first.Message);
        Assert.Contains("not asked again", second.Message);
    }

    [Fact]
    public void An_address_that_accepts_no_connection_is_given_up_on_at_the_first_contact_connect_limit()
    {
        // A listener whose accept queue is full drops further connection attempts, as an address with no host does.
        using var full = new TcpListener(IPAddress.Loopback, 0);
        full.Start(0);
        var port = ((IPEndPoint)full.LocalEndpoint).Port;
        var queued = Enumerable.Range(0, 4).Select(_ => new TcpClient()).ToList();
        foreach (var client in queued)
        {
            _ = client.ConnectAsync(IPAddress.Loopback, port);
        }

        var environment = new FakeEnvironment();
        environment.Variables[EnvironmentVariables.MetadataUrl] = "http://127.0.0.1:" + port;

        var failure = Assert.Throws<IdcConfigurationException>(() => CredentialResolver.Resolve(null, null, environment));

        Assert.Contains("accepted no connection within 1 s", failure.Message);
        queued.ForEach(c => c.Dispose());
    }

    [Fact]
    public void A_service_that_accepts_the_connection_but_never_answers_is_given_up_on_at_the_request_limit()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var environment = new FakeEnvironment();
        environment.Variables[EnvironmentVariables.MetadataUrl] = "http://127.0.0.1:" + ((IPEndPoint)silent.LocalEndpoint).Port;

        var failure = Assert.Throws<IdcConfigurationException>(() => CredentialResolver.Resolve(null, null, environment));

        Assert.Contains("did not answer within 3 s", failure.Message);
    }

    [Fact]
    public async Task A_server_without_an_agency_is_reported_with_the_service_s_words_and_asked_again_later()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { MetadataAgencyMissing = true });
        var environment = Only(server);

        var failure = Assert.Throws<IdcConfigurationException>(() => CredentialResolver.Resolve(null, null, environment));
        Assert.Contains("Please configure Cloud Service Agency first", failure.Message);

        // An agency given to the server while the process runs is found by the next command.
        using var admin = new HttpClient { BaseAddress = server.BaseAddress };
        (await admin.PostAsync("_emulator/metadata", new StringContent("{\"agencyMissing\":false}"))).EnsureSuccessStatusCode();
        Assert.Equal(EmulatorDefaults.TemporaryAccessKeyId, CredentialResolver.Resolve(null, null, environment).AccessKeyId);
    }

    [Fact]
    public void A_session_that_chose_the_metadata_service_never_falls_through_to_other_keys()
    {
        var environment = new FakeEnvironment();
        environment.Variables[EnvironmentVariables.MetadataUrl] = "http://127.0.0.1:" + ClosedPort();
        environment.Variables[EnvironmentVariables.AccessKeyId] = "AKENV";
        environment.Variables[EnvironmentVariables.SecretAccessKey] = EnvironmentSecret;
        var session = SessionSettings.ForInstanceCredentials(null, null);

        var failure = Assert.Throws<IdcConfigurationException>(() => CredentialResolver.Resolve(null, session, environment));

        Assert.Contains("The session uses temporary keys from the ECS metadata service", failure.Message);
    }

    [Fact]
    public async Task The_domain_id_comes_from_the_call_the_session_or_the_environment()
    {
        await using var server = await EmulatorServer.StartAsync();
        var environment = Only(server);
        environment.Variables[EnvironmentVariables.DomainId] = "d-environment";
        Assert.Equal(("d-environment", SettingSource.Environment), DomainOf(CredentialResolver.Resolve(null, null, environment)));

        var session = SessionSettings.ForInstanceCredentials("d-session", null);
        Assert.Equal(("d-session", SettingSource.Session), DomainOf(CredentialResolver.Resolve(null, session, environment)));
        Assert.Equal(("d-given", SettingSource.Parameter), DomainOf(CredentialResolver.Resolve(new CredentialInput { DomainId = "d-given" }, session, environment)));
    }

    [Theory]
    [InlineData("http://10.0.0.5")]
    [InlineData("http://metadata.example.test")]
    [InlineData("ftp://169.254.169.254")]
    [InlineData("http://user:pw@169.254.169.254")]
    public void A_metadata_address_that_is_not_loopback_link_local_or_https_is_refused_naming_the_variable(string url)
    {
        var environment = new FakeEnvironment();
        environment.Variables[EnvironmentVariables.MetadataUrl] = url;

        var failure = Assert.Throws<IdcConfigurationException>(() => CredentialResolver.Resolve(null, null, environment));

        Assert.Contains(EnvironmentVariables.MetadataUrl, failure.Message);
        Assert.DoesNotContain("pw@", failure.Message);
    }

    [Theory]
    [InlineData("http://169.254.169.254")]
    [InlineData("http://[fe80::a9fe:a9fe]")]
    [InlineData("https://metadata.example.test")]
    public void The_default_address_link_local_ones_and_https_are_accepted(string url)
    {
        Assert.Equal(new Uri(url), MetadataService.ParseUrl(url, "tests"));
    }

    [Fact]
    public void The_default_service_is_the_ECS_link_local_address()
    {
        Assert.Equal("http://169.254.169.254", new CredentialEnvironment().MetadataServiceUrl);
    }

    [Fact]
    public async Task The_metadata_secret_and_token_appear_in_no_message_event_or_description()
    {
        var time = new ManualTime();
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { TimeProvider = time });
        var sink = new RecordingSink();
        var produced = new List<string>();
        var provider = CredentialResolver.ResolveProvider(null, null, Only(server));
        produced.Add(provider.ToString());
        produced.Add(provider.Description);
        produced.Add(provider.Current.ToString());

        var cache = NewCache(server, time);
        var client = new IdentityCenterClient(Options(server, time), await Provider(cache, sink), sink);
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, Count = 1, Status = 403, ErrorCode = "IdentityCenter.1000" });
        produced.Add((await Assert.ThrowsAsync<IdcServiceException>(() => client.CreatePermissionSetAsync(new CreatePermissionSetRequest { InstanceId = EmulatorDefaults.InstanceId, Name = "Denied" }))).ToString());
        time.Advance(TimeSpan.FromMinutes(30));
        await client.ListInstancesAsync();

        await using var agencyless = await EmulatorServer.StartAsync(new EmulatorOptions { MetadataAgencyMissing = true });
        produced.Add(Assert.Throws<IdcConfigurationException>(() => CredentialResolver.Resolve(null, null, Only(agencyless))).ToString());

        produced.AddRange(sink.Events.Select(e => e.ToString()));
        Assert.Contains(sink.Events, e => e.Message.StartsWith("Renewed the temporary keys", StringComparison.Ordinal));
        var text = string.Join("\n", produced);
        Assert.DoesNotContain(EmulatorDefaults.TemporarySecretAccessKey, text);
        Assert.DoesNotContain(EmulatorDefaults.SecurityToken, text);
    }

    private static FakeEnvironment Only(EmulatorServer server)
    {
        var environment = new FakeEnvironment();
        environment.Variables[EnvironmentVariables.MetadataUrl] = server.BaseAddress.ToString();
        return environment;
    }

    private static IdcClientOptions Options(EmulatorServer server, ManualTime? time = null) => new()
    {
        Endpoint = server.BaseAddress,
        IamEndpoint = server.BaseAddress,
        Retry = TestClients.FastRetry(),
        Clock = time == null ? () => DateTimeOffset.UtcNow : () => time.Now,
    };

    private static MetadataCredentialCache NewCache(EmulatorServer server, ManualTime time) =>
        new(new MetadataService(server.BaseAddress, () => IdcHttpPipeline.Shared.MetadataClient), () => time.Now);

    private static async Task<IdcCredentialProvider> Provider(MetadataCredentialCache cache, IIdcEventSink? sink = null)
    {
        await cache.GetAsync(sink ?? NullEventSink.Instance, CancellationToken.None);
        return new MetadataCredentialProvider(cache, EmulatorDefaults.DomainId, SettingSource.Parameter);
    }

    private static (string?, SettingSource) DomainOf(IdcCredentials credentials) => (credentials.DomainId, credentials.DomainIdSource);

    /// <summary>How many requests of the operation the emulator logged, waiting briefly for the expected number to arrive.</summary>
    private static async Task<int> Count(EmulatorServer server, EmulatorOperation operation, int expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        int count;
        while ((count = server.RequestLog.Snapshot().Count(e => e.Operation == operation)) < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return count;
    }

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private sealed class ManualTime : TimeProvider
    {
        private long ticks = DateTimeOffset.UtcNow.UtcTicks;

        public DateTimeOffset Now => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

        public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
