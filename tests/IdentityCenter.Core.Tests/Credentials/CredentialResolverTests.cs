using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Errors;

namespace IdentityCenter.Core.Tests.Credentials;

public class CredentialResolverTests
{
    private const string FileSecret = "file-secret-0123456789";
    private const string EnvSecret = "env-secret-0123456789";
    private const string ParamSecret = "param-secret-0123456789";
    private static readonly string DefaultFile = Path.Combine("/home/tester", ".huaweicloud", "credentials");

    private static FakeEnvironment WithAllSources()
    {
        var environment = new FakeEnvironment();
        environment.Variables[EnvironmentVariables.AccessKeyId] = "ENVAK";
        environment.Variables[EnvironmentVariables.SecretAccessKey] = EnvSecret;
        environment.Variables[EnvironmentVariables.DomainId] = "env-domain";
        environment.Files[DefaultFile] = "[basic]\nak = BASICAK\nsk = basic\n\n[global]\n# comment\nak = FILEAK\nsk = " + FileSecret + "\ndomain_id = file-domain\n";
        return environment;
    }

    [Fact]
    public void Parameters_win_over_every_other_source()
    {
        var given = new CredentialInput { AccessKeyId = "PARAMAK", SecretAccessKey = SecureText.From(ParamSecret), DomainId = "param-domain" };

        var credentials = CredentialResolver.Resolve(given, WithAllSources());

        Assert.Equal("PARAMAK", credentials.AccessKeyId);
        Assert.Equal("param-domain", credentials.DomainId);
        Assert.Equal("parameters", credentials.Source);
        Assert.Equal(ParamSecret, System.Text.Encoding.UTF8.GetString(credentials.SecretKeyBytes));
    }

    [Fact]
    public void The_environment_wins_over_the_file()
    {
        var credentials = CredentialResolver.Resolve(null, WithAllSources());

        Assert.Equal("ENVAK", credentials.AccessKeyId);
        Assert.Equal("env-domain", credentials.DomainId);
        Assert.Equal("environment", credentials.Source);
    }

    [Fact]
    public void An_incomplete_environment_falls_through_to_the_global_section_of_the_file()
    {
        var environment = WithAllSources();
        environment.Variables.Remove(EnvironmentVariables.SecretAccessKey);

        var credentials = CredentialResolver.Resolve(new CredentialInput(), environment);

        Assert.Equal("FILEAK", credentials.AccessKeyId);
        Assert.Equal("file-domain", credentials.DomainId);
        Assert.Contains(DefaultFile, credentials.Source);
    }

    [Fact]
    public void The_file_path_can_come_from_the_environment()
    {
        var environment = new FakeEnvironment();
        environment.Variables[EnvironmentVariables.CredentialsFile] = "/etc/idc/creds";
        environment.Files["/etc/idc/creds"] = "[global]\nak=OTHERAK\nsk=other\nsecurity_token=tok\n";

        var credentials = CredentialResolver.Resolve(null, environment);

        Assert.Equal("OTHERAK", credentials.AccessKeyId);
        Assert.True(credentials.IsTemporary);
        Assert.Null(credentials.DomainId);
    }

    [Fact]
    public void A_domain_id_parameter_overrides_the_sources_own()
    {
        var credentials = CredentialResolver.Resolve(new CredentialInput { DomainId = "given-domain" }, WithAllSources());

        Assert.Equal("ENVAK", credentials.AccessKeyId);
        Assert.Equal("given-domain", credentials.DomainId);
    }

    [Fact]
    public void The_security_token_comes_with_its_access_key()
    {
        var environment = WithAllSources();
        environment.Variables[EnvironmentVariables.SecurityToken] = "env-token";

        Assert.True(CredentialResolver.Resolve(null, environment).IsTemporary);
        var fromParameters = CredentialResolver.Resolve(
            new CredentialInput { AccessKeyId = "PARAMAK", SecretAccessKey = SecureText.From(ParamSecret) }, environment);
        Assert.False(fromParameters.IsTemporary);
    }

    [Fact]
    public void Nothing_anywhere_is_one_error_naming_every_place_looked()
    {
        var error = Assert.Throws<IdcConfigurationException>(() => CredentialResolver.Resolve(null, new FakeEnvironment()));

        Assert.Contains("-AccessKeyId", error.Message);
        Assert.Contains("-Credential", error.Message);
        Assert.Contains(EnvironmentVariables.AccessKeyId, error.Message);
        Assert.Contains(EnvironmentVariables.SecretAccessKey, error.Message);
        Assert.Contains("[global]", error.Message);
        Assert.Contains(DefaultFile, error.Message);
    }

    [Fact]
    public void A_file_without_a_global_section_is_not_a_source()
    {
        var environment = new FakeEnvironment();
        environment.Files[DefaultFile] = "[basic]\nak=A\nsk=B\n";

        Assert.Throws<IdcConfigurationException>(() => CredentialResolver.Resolve(null, environment));
    }

    [Fact]
    public void An_access_key_without_a_secret_is_a_clear_error()
    {
        var error = Assert.Throws<IdcConfigurationException>(() =>
            CredentialResolver.Resolve(new CredentialInput { AccessKeyId = "ONLYAK" }, WithAllSources()));
        Assert.Contains("-SecretAccessKey", error.Message);
    }

    [Fact]
    public void A_too_long_security_token_is_refused_without_showing_it()
    {
        var environment = WithAllSources();
        environment.Variables[EnvironmentVariables.SecurityToken] = new string('Z', 2049);

        var error = Assert.ThrowsAny<ArgumentException>(() => CredentialResolver.Resolve(null, environment));
        Assert.Contains("2048", error.Message);
        Assert.DoesNotContain("ZZZZ", error.ToString());
    }

    [Fact]
    public void ToString_shows_the_access_key_and_source_but_never_a_secret()
    {
        var environment = WithAllSources();
        environment.Variables[EnvironmentVariables.SecurityToken] = "env-token-value";
        var credentials = CredentialResolver.Resolve(null, environment);

        var text = credentials.ToString();

        Assert.Contains("ENVAK", text);
        Assert.Contains("environment", text);
        Assert.DoesNotContain(EnvSecret, text);
        Assert.DoesNotContain("env-token-value", text);
    }
}
