using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Http;
using IdentityCenter.Core.Tests.Credentials;

namespace IdentityCenter.Core.Tests.Hardening;

/// <summary>The endpoint's precedence lives beside the credentials' and names its source the same way.</summary>
public class EndpointPrecedenceTests
{
    private static readonly SessionSettings Session = new(null, null, null, null, null, "http://127.0.0.1:5080");

    private static FakeEnvironment Environment()
    {
        var environment = new FakeEnvironment();
        environment.Variables[EnvironmentVariables.IdentityCenterEndpoint] = "http://127.0.0.1:6000";
        return environment;
    }

    [Fact]
    public void The_parameter_wins_over_the_session_and_the_environment()
    {
        var options = IdcClientOptions.Resolve("http://127.0.0.1:7000", Session, Environment());

        Assert.Equal(new Uri("http://127.0.0.1:7000"), options.Endpoint);
        Assert.Equal(SettingSource.Parameter, options.EndpointSource);
    }

    [Fact]
    public void The_session_wins_over_the_environment()
    {
        var options = IdcClientOptions.Resolve(null, Session, Environment());

        Assert.Equal(new Uri("http://127.0.0.1:5080"), options.Endpoint);
        Assert.Equal(SettingSource.Session, options.EndpointSource);
    }

    [Fact]
    public void The_environment_comes_next()
    {
        var options = IdcClientOptions.Resolve(" ", SessionSettings.Empty, Environment());

        Assert.Equal(new Uri("http://127.0.0.1:6000"), options.Endpoint);
        Assert.Equal(SettingSource.Environment, options.EndpointSource);
    }

    [Fact]
    public void Nothing_set_anywhere_is_the_default()
    {
        var options = IdcClientOptions.Resolve(null, SessionSettings.Empty, new FakeEnvironment());

        Assert.Equal(new Uri(EndpointPolicy.DefaultEndpoint), options.Endpoint);
        Assert.Equal(SettingSource.Default, options.EndpointSource);
    }

    [Fact]
    public void The_unparsed_choice_is_available_for_a_report()
    {
        Assert.Equal("http://127.0.0.1:5080", IdcClientOptions.ChooseEndpoint(null, Session, Environment(), out var source));
        Assert.Equal(SettingSource.Session, source);
    }

    [Theory]
    [InlineData("https://admin:Sup3rSecret@identitycenter.myhuaweicloud.com")]
    [InlineData("http://admin:Sup3rSecret@127.0.0.1:5080")]
    [InlineData("https://Sup3rSecret@identitycenter.myhuaweicloud.com")]
    public void User_information_in_an_endpoint_is_refused_without_showing_it(string endpoint)
    {
        var error = Assert.Throws<IdcConfigurationException>(() => IdcClientOptions.Resolve(endpoint, SessionSettings.Empty, new FakeEnvironment()));

        Assert.Contains("user information", error.Message);
        Assert.Contains("-EndpointUrl", error.Message);
        Assert.DoesNotContain("Sup3rSecret", error.Message);
    }

    [Fact]
    public void An_ipv6_loopback_endpoint_is_allowed_over_plain_http()
    {
        var options = IdcClientOptions.Resolve("http://[::1]:5080", SessionSettings.Empty, new FakeEnvironment());

        Assert.True(EndpointPolicy.IsLoopback(options.Endpoint));
        Assert.Equal(options.Endpoint, options.IamEndpoint);
    }

    [Theory]
    [InlineData("The proxy tunnel request to proxy 'http://u:p4ss@10.0.0.1:3128/' failed", "The proxy tunnel request to proxy 'http://***@10.0.0.1:3128/' failed")]
    [InlineData("no url here", "no url here")]
    [InlineData("https://host/path@x", "https://host/path@x")]
    public void Redact_hides_only_user_information(string text, string expected)
    {
        Assert.Equal(expected, EndpointPolicy.Redact(text));
    }
}
