using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Errors;

namespace IdentityCenter.Core.Tests.Credentials;

/// <summary>The documented order: per-call parameters, then the session, then the environment, then the profile file.</summary>
public class SessionPrecedenceTests
{
    private const string ParamSecret = "param-secret-0123456789";
    private const string SessionSecret = "session-secret-0123456789";
    private const string EnvSecret = "env-secret-0123456789";
    private const string FileSecret = "file-secret-0123456789";
    private const string ProfileSecret = "profile-secret-0123456789";
    private static readonly string DefaultFile = Path.Combine("/home/tester", ".huaweicloud", "credentials");

    private static FakeEnvironment WithEnvironmentAndFile()
    {
        var environment = new FakeEnvironment();
        environment.Variables[EnvironmentVariables.AccessKeyId] = "ENVAK";
        environment.Variables[EnvironmentVariables.SecretAccessKey] = EnvSecret;
        environment.Variables[EnvironmentVariables.DomainId] = "env-domain";
        environment.Files[DefaultFile] =
            "[global]\nak = FILEAK\nsk = " + FileSecret + "\ndomain_id = file-domain\n\n" +
            "[operations]\nak = PROFILEAK\nsk = " + ProfileSecret + "\nsecurity_token = profile-token\ndomain_id = profile-domain\n\n" +
            "[half]\nak = HALFAK\n";
        return environment;
    }

    private static SessionSettings SessionKeys(string? domainId = "session-domain") =>
        new("SESSIONAK", SecureText.From(SessionSecret), null, domainId, null, null);

    private static CredentialInput ParameterKeys(string? domainId = null) =>
        new() { AccessKeyId = "PARAMAK", SecretAccessKey = SecureText.From(ParamSecret), DomainId = domainId };

    private static string Secret(IdcCredentials credentials) => System.Text.Encoding.UTF8.GetString(credentials.SecretKeyBytes);

    [Fact]
    public void Parameters_win_over_the_session_the_environment_and_the_file()
    {
        var credentials = CredentialResolver.Resolve(ParameterKeys(), SessionKeys(), WithEnvironmentAndFile());

        Assert.Equal("PARAMAK", credentials.AccessKeyId);
        Assert.Equal(ParamSecret, Secret(credentials));
        Assert.Equal(SettingSource.Parameter, credentials.KeySource);
    }

    [Fact]
    public void The_session_wins_over_the_environment_and_the_file()
    {
        var credentials = CredentialResolver.Resolve(null, SessionKeys(), WithEnvironmentAndFile());

        Assert.Equal("SESSIONAK", credentials.AccessKeyId);
        Assert.Equal(SessionSecret, Secret(credentials));
        Assert.Equal(SettingSource.Session, credentials.KeySource);
        Assert.Equal("session-domain", credentials.DomainId);
        Assert.Equal(SettingSource.Session, credentials.DomainIdSource);
        Assert.Equal("session", credentials.Source);
    }

    [Fact]
    public void The_environment_wins_over_the_file_when_there_is_no_session()
    {
        var credentials = CredentialResolver.Resolve(null, SessionSettings.Empty, WithEnvironmentAndFile());

        Assert.Equal("ENVAK", credentials.AccessKeyId);
        Assert.Equal(SettingSource.Environment, credentials.KeySource);
        Assert.Equal(SettingSource.Environment, credentials.DomainIdSource);
    }

    [Fact]
    public void The_file_serves_last()
    {
        var environment = WithEnvironmentAndFile();
        environment.Variables.Clear();

        var credentials = CredentialResolver.Resolve(new CredentialInput(), SessionSettings.Empty, environment);

        Assert.Equal("FILEAK", credentials.AccessKeyId);
        Assert.Equal(SettingSource.CredentialsFile, credentials.KeySource);
        Assert.Equal("file-domain", credentials.DomainId);
        Assert.Equal(SettingSource.CredentialsFile, credentials.DomainIdSource);
    }

    [Fact]
    public void A_session_profile_wins_over_the_environment_and_reads_its_own_section()
    {
        var session = new SessionSettings(null, null, null, null, "operations", null);

        var credentials = CredentialResolver.Resolve(null, session, WithEnvironmentAndFile());

        Assert.Equal("PROFILEAK", credentials.AccessKeyId);
        Assert.Equal(ProfileSecret, Secret(credentials));
        Assert.True(credentials.IsTemporary);
        Assert.Equal("profile-domain", credentials.DomainId);
        Assert.Equal(SettingSource.Session, credentials.KeySource);
        Assert.Contains("operations", credentials.Source);
        Assert.Contains(DefaultFile, credentials.Source);
    }

    [Fact]
    public void Profile_section_names_match_without_regard_to_case()
    {
        var session = new SessionSettings(null, null, null, null, "OPERATIONS", null);

        Assert.Equal("PROFILEAK", CredentialResolver.Resolve(null, session, WithEnvironmentAndFile()).AccessKeyId);
    }

    [Fact]
    public void A_session_profile_that_is_missing_is_an_error_not_a_quiet_fall_through_to_other_keys()
    {
        var session = new SessionSettings(null, null, null, null, "staging", null);

        var error = Assert.Throws<IdcConfigurationException>(() => CredentialResolver.Resolve(null, session, WithEnvironmentAndFile()));

        Assert.Contains("'staging'", error.Message);
        Assert.Contains("global, half, operations", error.Message);
        Assert.Contains("Connect-IdcService", error.Message);
    }

    [Fact]
    public void A_session_profile_without_a_secret_key_is_an_error()
    {
        var session = new SessionSettings(null, null, null, null, "half", null);

        var error = Assert.Throws<IdcConfigurationException>(() => CredentialResolver.Resolve(null, session, WithEnvironmentAndFile()));

        Assert.Contains("both ak and sk", error.Message);
    }

    [Fact]
    public void A_session_profile_without_a_credentials_file_is_an_error_naming_the_path()
    {
        var session = new SessionSettings(null, null, null, null, "operations", null);

        var error = Assert.Throws<IdcConfigurationException>(() => CredentialResolver.Resolve(null, session, new FakeEnvironment()));

        Assert.Contains(DefaultFile, error.Message);
    }

    [Fact]
    public void A_session_profile_is_read_from_the_file_the_environment_names()
    {
        var environment = new FakeEnvironment();
        environment.Variables[EnvironmentVariables.CredentialsFile] = "/etc/idc/creds";
        environment.Files["/etc/idc/creds"] = "[team]\nak=TEAMAK\nsk=team-secret\n";

        var credentials = CredentialResolver.Resolve(null, new SessionSettings(null, null, null, null, "team", null), environment);

        Assert.Equal("TEAMAK", credentials.AccessKeyId);
    }

    [Fact]
    public void A_session_with_only_a_domain_id_keeps_the_environment_keys_and_gives_its_domain_id()
    {
        var session = new SessionSettings(null, null, null, "session-domain", null, null);

        var credentials = CredentialResolver.Resolve(null, session, WithEnvironmentAndFile());

        Assert.Equal("ENVAK", credentials.AccessKeyId);
        Assert.Equal(SettingSource.Environment, credentials.KeySource);
        Assert.Equal("session-domain", credentials.DomainId);
        Assert.Equal(SettingSource.Session, credentials.DomainIdSource);
    }

    [Fact]
    public void The_session_domain_id_wins_over_the_domain_id_of_its_own_profile()
    {
        var session = new SessionSettings(null, null, null, "chosen-domain", "operations", null);

        var credentials = CredentialResolver.Resolve(null, session, WithEnvironmentAndFile());

        Assert.Equal("PROFILEAK", credentials.AccessKeyId);
        Assert.Equal("chosen-domain", credentials.DomainId);
        Assert.Equal(SettingSource.Session, credentials.DomainIdSource);
    }

    [Fact]
    public void Keys_given_to_the_call_never_take_the_session_domain_id_which_may_be_another_account()
    {
        var credentials = CredentialResolver.Resolve(ParameterKeys(), SessionKeys(), WithEnvironmentAndFile());

        Assert.Null(credentials.DomainId);
        Assert.Equal(SettingSource.None, credentials.DomainIdSource);
    }

    [Fact]
    public void A_domain_id_given_to_the_call_wins_over_the_session_domain_id()
    {
        var credentials = CredentialResolver.Resolve(new CredentialInput { DomainId = "call-domain" }, SessionKeys(), WithEnvironmentAndFile());

        Assert.Equal("SESSIONAK", credentials.AccessKeyId);
        Assert.Equal("call-domain", credentials.DomainId);
        Assert.Equal(SettingSource.Parameter, credentials.DomainIdSource);
    }

    [Fact]
    public void A_session_with_only_an_endpoint_leaves_the_credential_chain_as_it_was()
    {
        var session = new SessionSettings(null, null, null, null, null, "http://127.0.0.1:5080");

        var credentials = CredentialResolver.Resolve(null, session, WithEnvironmentAndFile());

        Assert.Equal("ENVAK", credentials.AccessKeyId);
        Assert.Equal("env-domain", credentials.DomainId);
    }

    [Fact]
    public void The_session_security_token_comes_with_the_session_keys()
    {
        var session = new SessionSettings("TEMPAK", SecureText.From(SessionSecret), SecureText.From("session-token"), null, null, null);

        var credentials = CredentialResolver.Resolve(null, session, WithEnvironmentAndFile());

        Assert.True(credentials.IsTemporary);
        Assert.Equal("session-token", credentials.SecurityToken);
    }

    [Fact]
    public void A_session_security_token_over_the_limit_is_refused_without_showing_it()
    {
        var token = new string('Q', 2049);
        var session = new SessionSettings("TEMPAK", SecureText.From(SessionSecret), SecureText.From(token), null, null, null);

        var error = Assert.ThrowsAny<ArgumentException>(() => CredentialResolver.Resolve(null, session, new FakeEnvironment()));

        Assert.Contains("2048", error.Message);
        Assert.DoesNotContain("QQQQ", error.ToString());
    }

    [Fact]
    public void Nothing_anywhere_names_the_session_among_the_places_looked()
    {
        var error = Assert.Throws<IdcConfigurationException>(() => CredentialResolver.Resolve(null, SessionSettings.Empty, new FakeEnvironment()));

        Assert.Contains("the session", error.Message);
        Assert.Contains("Connect-IdcService", error.Message);
    }

    [Fact]
    public void Credentials_from_the_session_never_show_a_secret()
    {
        var session = new SessionSettings("TEMPAK", SecureText.From(SessionSecret), SecureText.From("session-token-value"), "d", null, null);

        var text = CredentialResolver.Resolve(null, session, new FakeEnvironment()).ToString();

        Assert.Contains("TEMPAK", text);
        Assert.DoesNotContain(SessionSecret, text);
        Assert.DoesNotContain("session-token-value", text);
    }
}
