namespace IdentityCenter.Emulator.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void No_arguments_give_the_demo_defaults_on_port_5080()
    {
        CommandLineResult result = EmulatorCommandLine.Parse(Array.Empty<string>());

        EmulatorOptions options = Assert.IsType<EmulatorOptions>(result.Options);
        Assert.Equal("http://127.0.0.1:5080", options.Urls);
        Assert.Equal(EmulatorDefaults.AccessKeyId, options.AccessKeyId);
        Assert.Equal(EmulatorDefaults.SecretAccessKey, options.SecretAccessKey);
        Assert.Equal(EmulatorDefaults.DomainId, options.DomainId);
        Assert.Equal(EmulatorDefaults.InstanceId, options.InstanceId);
        Assert.Null(options.DataFile);
    }

    [Fact]
    public void Every_option_is_read_in_both_spellings()
    {
        CommandLineResult result = EmulatorCommandLine.Parse(new[]
        {
            "--urls", "http://127.0.0.1:0",
            "--access-key=AK0000000000000000001",
            "--secret-key", "sk",
            "--temp-access-key", "TAK000000000000000001",
            "--temp-secret-key=tsk",
            "--security-token", "token",
            "--domain-id", "d0000000000000000000000000000001",
            "--instance-id=ins-a000000000000001",
            "--identity-store-id", "d-a000000000000001",
            "--data", "state.json",
        });

        EmulatorOptions options = Assert.IsType<EmulatorOptions>(result.Options);
        Assert.Equal("http://127.0.0.1:0", options.Urls);
        Assert.Equal("AK0000000000000000001", options.AccessKeyId);
        Assert.Equal("sk", options.SecretAccessKey);
        Assert.Equal("TAK000000000000000001", options.TemporaryAccessKeyId);
        Assert.Equal("tsk", options.TemporarySecretAccessKey);
        Assert.Equal("token", options.SecurityToken);
        Assert.Equal("d0000000000000000000000000000001", options.DomainId);
        Assert.Equal("ins-a000000000000001", options.InstanceId);
        Assert.Equal("d-a000000000000001", options.IdentityStoreId);
        Assert.Equal("state.json", options.DataFile);
    }

    [Theory]
    [InlineData("--port", "5080")]
    [InlineData("stray")]
    [InlineData("--data")]
    [InlineData("--instance-id", "too-short")]
    [InlineData("--access-key=")]
    public void Bad_arguments_are_reported(params string[] args)
    {
        CommandLineResult result = EmulatorCommandLine.Parse(args);

        Assert.Null(result.Options);
        Assert.False(string.IsNullOrEmpty(result.Error));
    }

    [Fact]
    public void Help_is_recognised() => Assert.True(EmulatorCommandLine.Parse(new[] { "--help" }).ShowHelp);
}

public sealed class CommandLineOptionTests
{
    [Fact]
    public void Asynchronous_delay_defaults_to_half_a_second_on_the_command_line_and_zero_in_process()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(500), EmulatorCommandLine.Parse(Array.Empty<string>()).Options!.AsyncDelay);
        Assert.Equal(TimeSpan.Zero, new EmulatorOptions().AsyncDelay);
        Assert.Equal(TimeSpan.Zero, EmulatorCommandLine.Parse(new[] { "--async-delay-ms", "0" }).Options!.AsyncDelay);
    }

    [Fact]
    public void New_options_and_switches_are_read()
    {
        EmulatorOptions options = EmulatorCommandLine.Parse(new[]
        {
            "--metadata-agency-missing", "--async-delay-ms=1500", "--metadata-expiry-minutes", "45", "--print-json", "--rate-limit", "2.5",
        }).Options!;

        Assert.True(options.MetadataAgencyMissing);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), options.AsyncDelay);
        Assert.Equal(TimeSpan.FromMinutes(45), options.MetadataCredentialLifetime);
        Assert.Equal(BannerFormat.Json, options.BannerFormat);
        Assert.Equal(2.5, options.RateLimit);
    }

    [Theory]
    [InlineData("--async-delay-ms", "-1", "Option --async-delay-ms must be a number from 0 to 600000, got '-1'.")]
    [InlineData("--metadata-expiry-minutes", "0", "Option --metadata-expiry-minutes must be a number from 1 to 10080, got '0'.")]
    [InlineData("--rate-limit", "fast", "Option --rate-limit must be a number from 0.001 to 1000000, got 'fast'.")]
    public void Bad_numbers_name_the_option_the_value_and_the_range(string option, string value, string error)
    {
        CommandLineResult result = EmulatorCommandLine.Parse(new[] { option, value });

        Assert.Null(result.Options);
        Assert.Equal(error, result.Error);
    }
}
