namespace IdentityCenter.Emulator.Tests;

public sealed class BannerTests
{
    [Fact]
    public void Default_banner_has_every_labelled_line_in_order()
    {
        IReadOnlyList<string> lines = EmulatorBanner.Format(new Uri("http://127.0.0.1:5080/"), new EmulatorOptions());

        Assert.Equal(
            new[]
            {
                "IdentityCenter emulator listening on http://127.0.0.1:5080",
                "AccessKeyId: IDCEMULATORACCESSKEY1",
                "SecretAccessKey: IdcEmulatorDemoSecretKey000000000000000001",
                "DomainId: e0000000000000000000000000000001",
                "InstanceId: ins-e000000000000001",
                "IdentityStoreId: d-e000000000000001",
                "TemporaryAccessKeyId: " + EmulatorDefaults.TemporaryAccessKeyId,
                "TemporarySecretAccessKey: " + EmulatorDefaults.TemporarySecretAccessKey,
                "SecurityToken: " + EmulatorDefaults.SecurityToken,
            },
            lines);
    }

    [Fact]
    public void Default_ids_have_the_documented_shapes()
    {
        Assert.Equal(20, EmulatorDefaults.InstanceId.Length);
        Assert.Matches("^[0-9a-f]{32}$", EmulatorDefaults.DomainId);
        Assert.NotEqual(EmulatorDefaults.AccessKeyId, EmulatorDefaults.TemporaryAccessKeyId);
    }

    [Fact]
    public async Task Started_server_prints_its_real_port_and_overridden_values()
    {
        using var output = new StringWriter();
        var options = new EmulatorOptions
        {
            BannerWriter = output,
            AccessKeyId = "CUSTOMACCESSKEY00001",
            SecretAccessKey = "custom-secret",
            DomainId = "f0000000000000000000000000000002",
            InstanceId = "ins-f000000000000002",
        };

        await using EmulatorServer server = await EmulatorServer.StartAsync(options);

        string[] lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        IReadOnlyDictionary<string, string> values = EmulatorBanner.Parse(lines);
        Uri url = new(values["Url"]);
        Assert.NotEqual(0, url.Port);
        Assert.Equal(server.BaseAddress, new Uri(url, "/"));
        Assert.Equal("http://127.0.0.1:" + server.BaseAddress.Port + "/", server.BaseAddress.ToString());
        Assert.Equal("CUSTOMACCESSKEY00001", values["AccessKeyId"]);
        Assert.Equal("custom-secret", values["SecretAccessKey"]);
        Assert.Equal("f0000000000000000000000000000002", values["DomainId"]);
        Assert.Equal("ins-f000000000000002", values["InstanceId"]);
        Assert.Equal(9, values.Count);

        // What the banner says is what the server accepts.
        using var client = new SignedClient(server, new TestCredentials(values["AccessKeyId"], values["SecretAccessKey"], null, values["DomainId"]));
        Assert.Equal(200, (await client.GetAsync("v1/instances/" + values["InstanceId"] + "/permission-sets")).Status);
    }

    [Fact]
    public async Task Without_a_writer_nothing_is_printed_and_the_server_still_starts()
    {
        await using EmulatorServer server = await EmulatorServer.StartAsync();

        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.NotEqual(0, server.BaseAddress.Port);
    }

    [Fact]
    public async Task Invalid_options_are_refused_before_binding()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => EmulatorServer.StartAsync(new EmulatorOptions { InstanceId = "ins-short" }));
        await Assert.ThrowsAsync<ArgumentException>(() => EmulatorServer.StartAsync(new EmulatorOptions { SecretAccessKey = " " }));
        await Assert.ThrowsAsync<ArgumentException>(() => EmulatorServer.StartAsync(new EmulatorOptions { TemporaryAccessKeyId = EmulatorDefaults.AccessKeyId }));
    }

    [Fact]
    public async Task Startup_faults_from_options_apply_to_the_first_request()
    {
        var options = new EmulatorOptions();
        options.Faults.Add(new FaultRule { Operation = EmulatorOperation.ListInstances, Count = 1, Status = 503 });
        await using EmulatorServer server = await EmulatorServer.StartAsync(options);
        using var client = new SignedClient(server);

        Assert.Equal(503, (await client.GetAsync("v1/instances")).Status);
        Assert.Equal(200, (await client.GetAsync("v1/instances")).Status);
    }
}
