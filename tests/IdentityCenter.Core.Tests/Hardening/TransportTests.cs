using System.Net;
using System.Net.Http;
using IdentityCenter.Core.Http;
using IdentityCenter.Core.Signing;
using IdentityCenter.Core.Tests.Http;

namespace IdentityCenter.Core.Tests.Hardening;

public class TransportTests
{
    private const string ProxyPassword = "pr0xy-Pa55word";

    private static readonly WebProxy EveryWhere = new(new Uri("http://proxy.example.test:3128/")) { BypassProxyOnLocal = false };

    [Theory]
    [InlineData("http://127.0.0.1:5080/v1/instances")]
    [InlineData("http://localhost:5080/v1/instances")]
    [InlineData("http://[::1]:5080/v1/instances")]
    [InlineData("https://127.0.0.1:5443/v1/instances")]
    [InlineData("http://identitycenter.example.test/v1/instances")]
    public void Loopback_and_plain_http_never_go_through_a_proxy(string destination)
    {
        var proxy = new LoopbackDirectProxy(() => EveryWhere);
        var uri = new Uri(destination);

        Assert.False(EveryWhere.IsBypassed(uri));
        Assert.True(proxy.IsBypassed(uri));
        Assert.Null(proxy.GetProxy(uri));
        Assert.Equal("directly", proxy.Describe(uri));
    }

    [Fact]
    public void A_proxy_for_https_elsewhere_is_honoured()
    {
        var proxy = new LoopbackDirectProxy(() => EveryWhere);
        var uri = new Uri("https://identitycenter.myhuaweicloud.com/v1/instances");

        Assert.False(proxy.IsBypassed(uri));
        Assert.Equal(new Uri("http://proxy.example.test:3128/"), proxy.GetProxy(uri));
    }

    [Fact]
    public void No_system_proxy_means_direct()
    {
        Assert.True(new LoopbackDirectProxy(() => null).IsBypassed(new Uri("https://identitycenter.myhuaweicloud.com")));
    }

    [Fact]
    public void The_proxy_is_shown_without_its_password()
    {
        var proxy = new LoopbackDirectProxy(() => new WebProxy(new Uri("http://user:" + ProxyPassword + "@proxy.example.test:3128/")));

        var shown = proxy.Describe(new Uri("https://identitycenter.myhuaweicloud.com"));

        Assert.Contains("proxy.example.test:3128", shown);
        Assert.DoesNotContain(ProxyPassword, shown);
        Assert.DoesNotContain("user", shown);
    }

    [Fact]
    public async Task A_proxy_refusal_never_shows_the_proxy_password()
    {
        using var refusingProxy = new CannedHttpServer(() => CannedHttpServer.Reply(407, "Proxy Authentication Required", string.Empty, "Proxy-Authenticate: Basic realm=\"p\""));
        var address = new Uri("http://user:" + ProxyPassword + "@127.0.0.1:" + refusingProxy.BaseAddress.Port + "/");
        var system = new WebProxy(address) { BypassProxyOnLocal = false, Credentials = new NetworkCredential("user", ProxyPassword) };
        var destination = new Uri("https://identitycenter.example.test/v1/instances");

        // The runtime's own handler puts the password into its message; ours must not.
        using (var plain = new HttpClient(new HttpClientHandler { Proxy = system, UseProxy = true }))
        {
            var raw = await Assert.ThrowsAsync<HttpRequestException>(() => plain.GetAsync(destination));
            Assert.Contains(ProxyPassword, raw.ToString());
        }

        using var ours = new HttpClient(new NetworkHandler(new LoopbackDirectProxy(() => system)));
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => ours.GetAsync(destination));
        Assert.DoesNotContain(ProxyPassword, error.ToString());
        Assert.Contains("407", error.Message);
        Assert.Contains(EndpointPolicy.HiddenUserInfo, error.Message);
    }

    [Fact]
    public void An_ipv6_host_keeps_its_brackets_in_the_host_header()
    {
        Assert.Equal("[::1]:5080", SdkHmacSigner.HostHeaderValue(new Uri("http://[::1]:5080/v1/instances")));
        Assert.Equal("[::1]", SdkHmacSigner.HostHeaderValue(new Uri("http://[::1]/v1/instances")));
        Assert.Equal("127.0.0.1:5080", SdkHmacSigner.HostHeaderValue(new Uri("http://127.0.0.1:5080/")));
    }

    [Fact]
    public async Task An_ipv6_loopback_endpoint_is_called()
    {
        using var server = new CannedHttpServer(() => CannedHttpServer.Reply(200, "OK", "{\"instances\":[]}"), IPAddress.IPv6Loopback);
        var endpoint = EndpointPolicy.Parse(server.BaseAddress.ToString(), "-EndpointUrl");

        var instances = await TestClients.For(endpoint).ListInstancesAsync();

        Assert.Empty(instances);
        Assert.Contains("Host: [::1]:" + server.BaseAddress.Port, server.RequestHeads.Single());
    }
}
