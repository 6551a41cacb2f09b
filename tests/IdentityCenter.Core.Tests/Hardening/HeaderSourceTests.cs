using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Tests.Credentials;
using IdentityCenter.Core.Tests.Http;

namespace IdentityCenter.Core.Tests.Hardening;

/// <summary>A line break in any value that becomes a header is refused before sending, naming where the value came from.</summary>
public class HeaderSourceTests
{
    private const string Secret = "SecretKeyValue000000000000000000000001";
    private const string Token = "TOKENVALUE-never-shown";

    [Theory]
    [InlineData("AccessKeyId", "-AccessKeyId")]
    [InlineData("SecurityToken", "-SecurityToken")]
    [InlineData("DomainId", "-DomainId")]
    public void Parameters(string field, string origin)
    {
        var input = new CredentialInput
        {
            AccessKeyId = field == "AccessKeyId" ? "AK0001\r\nX-Injected: 1" : "AK0001",
            SecretAccessKey = SecureText.From(Secret),
            SecurityToken = SecureText.From(field == "SecurityToken" ? Token + "\r\nX-Injected: 1" : Token),
            DomainId = field == "DomainId" ? "d01\nX-Injected: 1" : "d01",
        };

        var error = Assert.Throws<IdcConfigurationException>(() => CredentialResolver.Resolve(input, new FakeEnvironment()));
        Assert.Contains(origin, error.Message);
        Assert.DoesNotContain(Token, error.ToString());
        Assert.DoesNotContain(Secret, error.ToString());
    }

    [Theory]
    [InlineData(EnvironmentVariables.AccessKeyId)]
    [InlineData(EnvironmentVariables.SecurityToken)]
    [InlineData(EnvironmentVariables.DomainId)]
    public void Environment_variables(string variable)
    {
        var environment = new FakeEnvironment();
        environment.Variables[EnvironmentVariables.AccessKeyId] = "AK0001";
        environment.Variables[EnvironmentVariables.SecretAccessKey] = Secret;
        environment.Variables[EnvironmentVariables.SecurityToken] = Token;
        environment.Variables[EnvironmentVariables.DomainId] = "d01";
        environment.Variables[variable] += "\r\nX-Injected: 1";

        var error = Assert.Throws<IdcConfigurationException>(() => CredentialResolver.Resolve(null, environment));
        Assert.Contains("the environment variable " + variable, error.Message);
        Assert.DoesNotContain(Token, error.ToString());
    }

    [Theory]
    [InlineData("ak")]
    [InlineData("security_token")]
    [InlineData("domain_id")]
    public void Credentials_file_keys(string key)
    {
        var environment = new FakeEnvironment();
        var path = CredentialResolver.CredentialsFilePath(environment);
        var values = new Dictionary<string, string> { ["ak"] = "AK0001", ["sk"] = Secret, ["security_token"] = Token, ["domain_id"] = "d01" };

        // An INI line cannot hold a line feed; a carriage return or another control character can.
        values[key] += "\u000bX-Injected: 1";
        environment.Files[path] = "[global]\n" + string.Join("\n", values.Select(v => v.Key + " = " + v.Value)) + "\n";

        var error = Assert.Throws<IdcConfigurationException>(() => CredentialResolver.Resolve(null, environment));
        Assert.Contains("key " + key + " of [global]", error.Message);
        Assert.Contains(path, error.Message);
        Assert.DoesNotContain(Token, error.ToString());
    }

    [Fact]
    public void Connect_time_values_are_refused_naming_the_parameter()
    {
        var error = Assert.Throws<IdcConfigurationException>(() => new SessionSettings(null, null, null, "d01\r\nX: 1", null, null));
        Assert.Contains("-DomainId", error.Message);
    }

    [Fact]
    public async Task Credentials_built_in_code_meet_the_same_rule_before_anything_is_sent()
    {
        using var server = new CannedHttpServer(() => CannedHttpServer.Reply(200, "OK", "{\"instances\":[]}"));
        var credentials = new IdcCredentials(TestClients.AccessKeyId, TestClients.SecretKey, null, "d01\r\nX-Injected: 1", "tests");
        var client = TestClients.For(server.BaseAddress, credentials: credentials);

        var error = await Assert.ThrowsAsync<IdcConfigurationException>(() => client.ListInstancesAsync());

        Assert.Contains("domain id", error.Message);
        Assert.Equal(0, server.Requests);
    }
}
