using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Http;
using IdentityCenter.Core.Tests.Credentials;

namespace IdentityCenter.Core.Tests.Http;

public class EndpointPolicyTests
{
    [Theory]
    [InlineData("https://identitycenter.myhuaweicloud.com")]
    [InlineData("https://example.internal:8443/base")]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://127.9.9.9:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    public void Accepts_https_and_loopback_http(string endpoint)
    {
        Assert.NotNull(EndpointPolicy.Parse(endpoint, "-EndpointUrl"));
    }

    [Theory]
    [InlineData("http://identitycenter.myhuaweicloud.com", "plain http")]
    [InlineData("http://10.0.0.5:5080", "plain http")]
    [InlineData("ftp://example.com", "not an absolute http")]
    [InlineData("identitycenter.myhuaweicloud.com", "not an absolute http")]
    [InlineData("https://example.com/?a=1", "query")]
    [InlineData("https://user:pw@example.com/", "user information")]
    public void Refuses_the_rest_naming_where_it_came_from(string endpoint, string reason)
    {
        var error = Assert.Throws<IdcConfigurationException>(() => EndpointPolicy.Parse(endpoint, "-EndpointUrl"));
        Assert.Contains(reason, error.Message);
        Assert.Contains("-EndpointUrl", error.Message);
    }

    [Fact]
    public void The_parameter_wins_over_the_environment_and_the_default()
    {
        var environment = new FakeEnvironment();
        Assert.Equal(new Uri(EndpointPolicy.DefaultEndpoint), IdcClientOptions.Resolve(null, environment).Endpoint);

        environment.Variables[EnvironmentVariables.IdentityCenterEndpoint] = "http://127.0.0.1:5080";
        Assert.Equal(new Uri("http://127.0.0.1:5080"), IdcClientOptions.Resolve(null, environment).Endpoint);
        Assert.Equal(new Uri("https://other.example"), IdcClientOptions.Resolve("https://other.example", environment).Endpoint);
    }

    [Fact]
    public void A_loopback_endpoint_serves_domain_discovery_unless_iam_is_configured()
    {
        var environment = new FakeEnvironment();
        Assert.Equal(new Uri("http://127.0.0.1:5080"), IdcClientOptions.Resolve("http://127.0.0.1:5080", environment).IamEndpoint);
        Assert.Equal(new Uri(EndpointPolicy.DefaultIamEndpoint), IdcClientOptions.Resolve(null, environment).IamEndpoint);

        environment.Variables[EnvironmentVariables.IamEndpoint] = "https://iam.example";
        Assert.Equal(new Uri("https://iam.example"), IdcClientOptions.Resolve("http://127.0.0.1:5080", environment).IamEndpoint);
    }

    [Theory]
    [InlineData(EnvironmentVariables.MaxAttempts, "0")]
    [InlineData(EnvironmentVariables.MaxAttempts, "21")]
    [InlineData(EnvironmentVariables.MaxAttempts, "many")]
    [InlineData(EnvironmentVariables.TimeoutSeconds, "0")]
    [InlineData(EnvironmentVariables.TimeoutSeconds, "3601")]
    public void Retry_settings_from_the_environment_are_checked(string variable, string value)
    {
        var environment = new FakeEnvironment();
        environment.Variables[variable] = value;
        var error = Assert.Throws<IdcConfigurationException>(() => IdcClientOptions.Resolve(null, environment));
        Assert.Contains(variable, error.Message);
    }

    [Fact]
    public void Retry_settings_come_from_the_environment()
    {
        var environment = new FakeEnvironment();
        environment.Variables[EnvironmentVariables.MaxAttempts] = "7";
        environment.Variables[EnvironmentVariables.TimeoutSeconds] = "10";

        var retry = IdcClientOptions.Resolve(null, environment).Retry;

        Assert.Equal(7, retry.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(10), retry.TotalTimeout);
        Assert.Equal(TimeSpan.FromSeconds(10), retry.AttemptTimeout);
        Assert.Equal(4, IdcClientOptions.Resolve(null, new FakeEnvironment()).Retry.MaxAttempts);
    }
}
