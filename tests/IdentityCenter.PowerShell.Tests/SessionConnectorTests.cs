using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Errors;
using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.Errors;
using IdentityCenter.PowerShell.Session;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.PowerShell.Tests;

public class SessionConnectorTests
{
    private const string Secret = "connect-secret-value-0000000001";
    private const string Token = "connect-token-value-0000000001";
    private const string CredentialsFile = "/idc-tests/credentials";

    private static FakeCredentialEnvironment WithProfiles() =>
        new FakeCredentialEnvironment()
            .With(EnvironmentVariables.CredentialsFile, CredentialsFile)
            .WithFile(CredentialsFile, "[operations]\nak = OPSAK\nsk = ops-secret\n\n[broken]\nak = ONLYAK\n");

    [Fact]
    public void Access_keys_with_a_token_a_domain_and_an_endpoint_make_the_session()
    {
        var command = new ConnectIdcServiceCommand
        {
            AccessKeyId = "AKCONNECT",
            SecretAccessKey = SecureText.From(Secret),
            SecurityToken = SecureText.From(Token),
            DomainId = "domain-1",
            EndpointUrl = "http://127.0.0.1:5080",
        };

        var session = command.BuildSession(new FakeCredentialEnvironment());

        Assert.Equal("AKCONNECT", session.AccessKeyId);
        Assert.True(session.HasSecurityToken);
        Assert.Equal("domain-1", session.DomainId);
        Assert.Equal("http://127.0.0.1:5080", session.EndpointUrl);
        Assert.Null(session.ProfileName);
    }

    [Fact]
    public void A_credential_gives_the_session_its_user_name_as_the_access_key()
    {
        var command = new ConnectIdcServiceCommand { SecurityToken = SecureText.From(Token) };

        var session = SessionConnector.Build(command.BuildCredentialInput(new CredentialParts("AKFROMCRED", SecureText.From(Secret))), null, null, new FakeCredentialEnvironment());

        Assert.Equal("AKFROMCRED", session.AccessKeyId);
        Assert.True(session.HasSecurityToken);
    }

    [Fact]
    public void A_profile_that_exists_makes_the_session_which_keeps_only_its_name()
    {
        var session = new ConnectIdcServiceCommand { ProfileName = "operations" }.BuildSession(WithProfiles());

        Assert.Equal("operations", session.ProfileName);
        Assert.Null(session.AccessKeyId);
    }

    [Theory]
    [InlineData("staging")]
    [InlineData("broken")]
    public void A_profile_that_cannot_serve_is_refused_at_the_connect_as_a_credentials_error(string profile)
    {
        var failure = Assert.Throws<ClientSetupException>(() => new ConnectIdcServiceCommand { ProfileName = profile }.BuildSession(WithProfiles()));

        Assert.Equal(SetupStep.Credentials, failure.Step);
        var description = ErrorMapper.ForSetup(failure);
        Assert.True(description.IsTerminating);
        Assert.Equal(ErrorMapper.CredentialsId, description.ErrorId);
        Assert.Contains("'" + profile + "'", description.Message);
    }

    [Theory]
    [InlineData("http://identitycenter.example.com")]
    [InlineData("not a url")]
    public void A_refused_endpoint_is_refused_at_the_connect(string endpoint)
    {
        var failure = Assert.Throws<ClientSetupException>(() => new ConnectIdcServiceCommand { EndpointUrl = endpoint }.BuildSession(new FakeCredentialEnvironment()));

        Assert.Equal(SetupStep.ClientOptions, failure.Step);
        Assert.Equal(ErrorMapper.InvalidSettingId, ErrorMapper.ForSetup(failure).ErrorId);
        Assert.Equal(endpoint, failure.Setting);
    }

    [Fact]
    public void A_security_token_over_the_limit_is_refused_at_the_connect_without_showing_it()
    {
        var token = new string('W', 2049);
        var command = new ConnectIdcServiceCommand { AccessKeyId = "AK", SecretAccessKey = SecureText.From(Secret), SecurityToken = SecureText.From(token) };

        var failure = Assert.Throws<ClientSetupException>(() => command.BuildSession(new FakeCredentialEnvironment()));

        var description = ErrorMapper.ForSetup(failure);
        Assert.Equal(ErrorMapper.InvalidArgumentId, description.ErrorId);
        Secrets.AbsentFrom(description.Message + description.Exception, "WWWW", Secret);
    }

    [Fact]
    public void An_endpoint_alone_makes_a_session_without_needing_credentials_anywhere()
    {
        var session = new ConnectIdcServiceCommand { EndpointUrl = "http://127.0.0.1:5080" }.BuildSession(new FakeCredentialEnvironment());

        Assert.Equal("http://127.0.0.1:5080", session.EndpointUrl);
        Assert.Null(session.AccessKeyId);
    }

    [Fact]
    public void Nothing_given_makes_an_empty_session()
    {
        Assert.True(new ConnectIdcServiceCommand().BuildSession(new FakeCredentialEnvironment()).IsEmpty);
    }

    [Fact]
    public void What_the_verbose_stream_says_names_the_settings_and_no_secret()
    {
        var session = new ConnectIdcServiceCommand
        {
            AccessKeyId = "AKVERBOSE",
            SecretAccessKey = SecureText.From(Secret),
            SecurityToken = SecureText.From(Token),
            EndpointUrl = "http://127.0.0.1:5080",
        }.BuildSession(new FakeCredentialEnvironment());

        var text = SessionConnector.Describe(session);

        Assert.Contains("AKVERBOSE", text);
        Assert.Contains("nothing was written to disk", text);
        Secrets.AbsentFrom(text, Secret, Token);
        Assert.Contains("no settings", SessionConnector.Describe(SessionSettings.Empty));
    }
}
