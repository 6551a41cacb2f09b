using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Tests.Http;

namespace IdentityCenter.Core.Tests.Errors;

/// <summary>Core's messages say what happened; what to type about it is the PowerShell side's advice.</summary>
public class CoreStatesFactsTests
{
    [Theory]
    [InlineData(200, "{\"domains\":[]}")]
    [InlineData(403, "{\"error_code\":\"IAM.0001\",\"error_msg\":\"denied\"}")]
    public async Task A_failed_domain_id_look_up_names_no_cmdlet_parameter(int status, string body)
    {
        DomainIdDiscovery.Clear();
        using var server = new CannedHttpServer(() => CannedHttpServer.Reply(status, "Reply", body));
        var credentials = new IdcCredentials("AKFACTS" + status, "secret-facts-0001", null, null, "tests");

        var error = await Assert.ThrowsAsync<IdcConfigurationException>(() => TestClients.For(server.BaseAddress, credentials: credentials).ListInstancesAsync());

        Assert.Contains("domain id", error.Message);
        Assert.DoesNotContain("-DomainId", error.Message);
        Assert.DoesNotContain(" -", error.Message);
    }

    [Fact]
    public async Task A_redirect_names_its_location_but_no_cmdlet_parameter()
    {
        using var server = new CannedHttpServer(() => CannedHttpServer.Reply(307, "Temporary Redirect", string.Empty, "Location: https://elsewhere.example/"));

        var error = await Assert.ThrowsAsync<IdcServiceException>(() => TestClients.For(server.BaseAddress).ListInstancesAsync());

        Assert.Equal(ServiceErrorKind.Redirect, error.Kind);
        Assert.Contains("https://elsewhere.example/", error.Message);
        Assert.DoesNotContain("-EndpointUrl", error.Message);
    }
}
