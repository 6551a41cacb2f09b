using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Http;
using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.Errors;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.PowerShell.Tests;

[Collection(HttpPipelineCollection.Name)]
public class ClientSetupTests
{
    private const string Secret = "IdcTestSecretValue0000000000000000000001";

    [Fact]
    public void Parameters_give_a_client_for_the_endpoint_without_building_an_HTTP_client()
    {
        var input = new CredentialInput { AccessKeyId = "AKSETUP0001", SecretAccessKey = SecureText.From(Secret), DomainId = "d-1" };
        var pipelinesBefore = IdcHttpPipeline.BuildCount;

        var setup = ClientSetup.Create("http://127.0.0.1:5080", input, new FakeCredentialEnvironment(), NullEventSink.Instance);

        Assert.Equal(new Uri("http://127.0.0.1:5080"), setup.Client.Options.Endpoint);
        Assert.Contains("AKSETUP0001", setup.Summary);
        Assert.Contains("d-1", setup.Summary);
        Assert.DoesNotContain(Secret, setup.Summary);
        Assert.Equal(pipelinesBefore, IdcHttpPipeline.BuildCount);
    }

    [Fact]
    public void Credentials_from_the_environment_serve_when_no_parameter_is_given()
    {
        var environment = new FakeCredentialEnvironment()
            .With(EnvironmentVariables.AccessKeyId, "AKFROMENV")
            .With(EnvironmentVariables.SecretAccessKey, Secret);

        var setup = ClientSetup.Create(null, new CredentialInput(), environment, NullEventSink.Instance);

        Assert.Contains("AKFROMENV", setup.Summary);
        Assert.Contains("environment", setup.Summary);
        Assert.Equal(new Uri(EndpointPolicy.DefaultEndpoint), setup.Client.Options.Endpoint);
    }

    [Fact]
    public void No_credentials_anywhere_is_a_terminating_credentials_error()
    {
        var failure = Assert.Throws<ClientSetupException>(() =>
            ClientSetup.Create(null, new CredentialInput(), new FakeCredentialEnvironment(), NullEventSink.Instance));

        Assert.Equal(SetupStep.Credentials, failure.Step);
        Assert.IsType<IdcConfigurationException>(failure.Reason);
        var description = ErrorMapper.ForSetup(failure);
        Assert.True(description.IsTerminating);
        Assert.Equal(ErrorMapper.CredentialsId, description.ErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.AuthenticationError, description.Category);
        Assert.Contains("-Credential", description.RecommendedAction);
    }

    [Fact]
    public void An_access_key_without_a_secret_is_a_terminating_credentials_error()
    {
        var failure = Assert.Throws<ClientSetupException>(() =>
            ClientSetup.Create(null, new CredentialInput { AccessKeyId = "AKALONE" }, new FakeCredentialEnvironment(), NullEventSink.Instance));

        Assert.Equal(SetupStep.Credentials, failure.Step);
        Assert.Contains("-SecretAccessKey", failure.Reason.Message);
    }

    [Theory]
    [InlineData("http://identitycenter.example.com")]
    [InlineData("not a url")]
    [InlineData("https://identitycenter.example.com/?q=1")]
    public void A_bad_endpoint_is_a_terminating_setting_error_that_shows_the_endpoint(string endpoint)
    {
        var input = new CredentialInput { AccessKeyId = "AK", SecretAccessKey = SecureText.From(Secret) };

        var failure = Assert.Throws<ClientSetupException>(() => ClientSetup.Create(endpoint, input, new FakeCredentialEnvironment(), NullEventSink.Instance));

        Assert.Equal(SetupStep.ClientOptions, failure.Step);
        var description = ErrorMapper.ForSetup(failure);
        Assert.True(description.IsTerminating);
        Assert.Equal(ErrorMapper.InvalidSettingId, description.ErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidArgument, description.Category);
        Assert.Equal(endpoint, description.TargetObject);
        Assert.Contains(endpoint, description.Message);
    }

    [Fact]
    public void A_security_token_over_the_limit_is_refused_without_showing_it()
    {
        var token = new string('t', 2049);
        var input = new CredentialInput { AccessKeyId = "AK", SecretAccessKey = SecureText.From(Secret), SecurityToken = SecureText.From(token) };

        var failure = Assert.Throws<ClientSetupException>(() => ClientSetup.Create(null, input, new FakeCredentialEnvironment(), NullEventSink.Instance));

        var description = ErrorMapper.ForSetup(failure);
        Assert.Equal(ErrorMapper.InvalidArgumentId, description.ErrorId);
        Assert.True(description.IsTerminating);
        Assert.Contains("SecurityToken", description.Message);
        Assert.DoesNotContain(token, description.Message);
        Assert.Null(description.TargetObject);
    }

    [Fact]
    public void The_session_gives_keys_domain_and_endpoint_when_the_command_gives_none()
    {
        var session = new SessionSettings("AKSESSION", SecureText.From(Secret), null, "d-session", null, "http://127.0.0.1:5080");
        var environment = new FakeCredentialEnvironment()
            .With(EnvironmentVariables.AccessKeyId, "AKFROMENV")
            .With(EnvironmentVariables.SecretAccessKey, Secret)
            .With(EnvironmentVariables.IdentityCenterEndpoint, "http://127.0.0.1:6000");

        var setup = ClientSetup.Create(null, new CredentialInput(), session, environment, NullEventSink.Instance);

        Assert.Equal(new Uri("http://127.0.0.1:5080"), setup.Client.Options.Endpoint);
        Assert.Equal(SettingSource.Session, setup.EndpointSource);
        Assert.Equal("AKSESSION", setup.Credentials.AccessKeyId);
        Assert.Contains("from the session", setup.Summary);
        Assert.Contains("d-session", setup.Summary);
        Assert.DoesNotContain(Secret, setup.Summary);
    }

    [Fact]
    public void Parameters_win_over_the_session_for_keys_and_endpoint()
    {
        var session = new SessionSettings("AKSESSION", SecureText.From(Secret), null, "d-session", null, "http://127.0.0.1:5080");
        var input = new CredentialInput { AccessKeyId = "AKPARAM", SecretAccessKey = SecureText.From(Secret) };

        var setup = ClientSetup.Create("http://127.0.0.1:7000", input, session, new FakeCredentialEnvironment(), NullEventSink.Instance);

        Assert.Equal(new Uri("http://127.0.0.1:7000"), setup.Client.Options.Endpoint);
        Assert.Equal(SettingSource.Parameter, setup.EndpointSource);
        Assert.Equal("AKPARAM", setup.Credentials.AccessKeyId);
        Assert.Null(setup.Credentials.DomainId);
        Assert.Contains("will be looked up", setup.Summary);
    }

    [Fact]
    public void The_connection_key_names_the_endpoint_account_and_domain_and_no_secret()
    {
        var input = new CredentialInput { AccessKeyId = "AKKEY", SecretAccessKey = SecureText.From(Secret), DomainId = "d-key" };

        var key = ClientSetup.Create("http://127.0.0.1:5080", input, new FakeCredentialEnvironment(), NullEventSink.Instance).ConnectionKey;

        Assert.Contains("127.0.0.1:5080", key);
        Assert.Contains("AKKEY", key);
        Assert.Contains("d-key", key);
        Assert.DoesNotContain(Secret, key);
    }
}
