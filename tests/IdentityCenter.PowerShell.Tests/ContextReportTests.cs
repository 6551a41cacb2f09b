using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Http;
using IdentityCenter.PowerShell.Session;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.PowerShell.Tests;

/// <summary>What Get-IdcContext shows: each setting with where it comes from, and never a secret.</summary>
public class ContextReportTests
{
    private const string SessionSecret = "context-session-secret-000001";
    private const string SessionToken = "context-session-token-000001";
    private const string EnvSecret = "context-env-secret-000001";
    private const string FileSecret = "context-file-secret-000001";
    private const string CredentialsFile = "/idc-tests/context-credentials";

    private static FakeCredentialEnvironment Environment() =>
        new FakeCredentialEnvironment()
            .With(EnvironmentVariables.AccessKeyId, "ENVAK")
            .With(EnvironmentVariables.SecretAccessKey, EnvSecret)
            .With(EnvironmentVariables.DomainId, "env-domain")
            .With(EnvironmentVariables.IdentityCenterEndpoint, "http://127.0.0.1:6000")
            .With(EnvironmentVariables.CredentialsFile, CredentialsFile)
            .WithFile(CredentialsFile, "[global]\nak = FILEAK\nsk = " + FileSecret + "\n\n[operations]\nak = OPSAK\nsk = ops-secret\n");

    private static SessionSettings SessionKeys() =>
        new("SESSIONAK", SecureText.From(SessionSecret), SecureText.From(SessionToken), "session-domain", null, "http://127.0.0.1:5080");

    [Fact]
    public void A_session_with_keys_and_endpoint_is_reported_as_the_source_of_each()
    {
        var context = ContextReport.Build(SessionKeys(), Environment());

        Assert.Equal("SESSIONAK", context.AccessKeyId);
        Assert.Equal(SettingSource.Session, context.CredentialSource);
        Assert.True(context.IsTemporary);
        Assert.Equal("session-domain", context.DomainId);
        Assert.Equal(SettingSource.Session, context.DomainIdSource);
        Assert.Equal("http://127.0.0.1:5080/", context.Endpoint);
        Assert.Equal(SettingSource.Session, context.EndpointSource);
        Assert.Null(context.Problem);
    }

    [Fact]
    public void Without_a_session_the_environment_is_reported()
    {
        var context = ContextReport.Build(SessionSettings.Empty, Environment());

        Assert.Equal("ENVAK", context.AccessKeyId);
        Assert.Equal(SettingSource.Environment, context.CredentialSource);
        Assert.Equal(SettingSource.Environment, context.DomainIdSource);
        Assert.Equal("http://127.0.0.1:6000/", context.Endpoint);
        Assert.Equal(SettingSource.Environment, context.EndpointSource);
        Assert.False(context.IsTemporary);
        Assert.Equal(CredentialsFile, context.CredentialsFile);
    }

    [Fact]
    public void Without_a_session_or_environment_the_credentials_file_and_the_default_endpoint_are_reported()
    {
        var environment = new FakeCredentialEnvironment()
            .With(EnvironmentVariables.CredentialsFile, CredentialsFile)
            .WithFile(CredentialsFile, "[global]\nak = FILEAK\nsk = " + FileSecret + "\n");

        var context = ContextReport.Build(SessionSettings.Empty, environment);

        Assert.Equal("FILEAK", context.AccessKeyId);
        Assert.Equal(SettingSource.CredentialsFile, context.CredentialSource);
        Assert.Null(context.DomainId);
        Assert.Equal(SettingSource.None, context.DomainIdSource);
        Assert.Equal(new Uri(EndpointPolicy.DefaultEndpoint), new Uri(context.Endpoint));
        Assert.Equal(SettingSource.Default, context.EndpointSource);
    }

    [Fact]
    public void A_session_profile_is_named_and_its_keys_are_reported_as_the_session_s()
    {
        var context = ContextReport.Build(new SessionSettings(null, null, null, null, "operations", null), Environment());

        Assert.Equal("OPSAK", context.AccessKeyId);
        Assert.Equal(SettingSource.Session, context.CredentialSource);
        Assert.Equal("operations", context.ProfileName);
    }

    [Fact]
    public void A_session_holding_only_an_endpoint_and_domain_keeps_the_environment_keys()
    {
        var context = ContextReport.Build(new SessionSettings(null, null, null, "session-domain", null, "http://127.0.0.1:5080"), Environment());

        Assert.Equal(SettingSource.Environment, context.CredentialSource);
        Assert.Equal(SettingSource.Session, context.DomainIdSource);
        Assert.Equal(SettingSource.Session, context.EndpointSource);
    }

    [Fact]
    public void No_credentials_anywhere_is_a_problem_in_the_report_not_an_error()
    {
        var context = ContextReport.Build(new SessionSettings(null, null, null, "session-domain", null, null), new FakeCredentialEnvironment());

        Assert.Null(context.AccessKeyId);
        Assert.Equal(SettingSource.None, context.CredentialSource);
        Assert.Equal("session-domain", context.DomainId);
        Assert.Equal(SettingSource.Session, context.DomainIdSource);
        Assert.NotNull(context.Problem);
        Assert.Contains("No Huawei Cloud access key", context.Problem);
        Assert.Contains("no credentials", context.ToString());
    }

    [Fact]
    public void A_bad_endpoint_in_the_environment_is_a_problem_and_the_text_is_still_shown()
    {
        var environment = Environment().With(EnvironmentVariables.IdentityCenterEndpoint, "http://far-away.example.com");

        var context = ContextReport.Build(SessionSettings.Empty, environment);

        Assert.Equal("http://far-away.example.com", context.Endpoint);
        Assert.Equal(SettingSource.Environment, context.EndpointSource);
        Assert.Contains("plain http", context.Problem);
        Assert.Equal("ENVAK", context.AccessKeyId);
    }

    [Fact]
    public void The_report_never_holds_a_secret_in_any_property_or_its_text()
    {
        var fromSession = ContextReport.Build(SessionKeys(), Environment());
        var fromEnvironment = ContextReport.Build(SessionSettings.Empty, Environment());

        Secrets.AbsentFrom(Secrets.Visible(fromSession) + Secrets.Visible(fromEnvironment), SessionSecret, SessionToken, EnvSecret, FileSecret);
        Assert.DoesNotContain(typeof(Output.IdcContext).GetProperties(), p => p.Name.Contains("Secret") || p.Name.Contains("Token"));
    }

    [Fact]
    public void The_report_agrees_with_the_client_a_command_would_build()
    {
        var session = new SessionSettings(null, null, null, "session-domain", null, "http://127.0.0.1:5080");
        var environment = Environment();

        var context = ContextReport.Build(session, environment);
        var setup = Commands.ClientSetup.Create(null, new CredentialInput(), session, environment, Core.Diagnostics.NullEventSink.Instance);

        Assert.Equal(setup.Client.Options.Endpoint.ToString(), context.Endpoint);
        Assert.Equal(setup.Credentials.AccessKeyId, context.AccessKeyId);
        Assert.Equal(setup.Credentials.DomainId, context.DomainId);
        Assert.Equal(setup.EndpointSource, context.EndpointSource);
    }
}
