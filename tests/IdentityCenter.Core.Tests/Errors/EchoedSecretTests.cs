using System.Text;
using System.Text.Json;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Tests.Http;

namespace IdentityCenter.Core.Tests.Errors;

/// <summary>A proxy or a wrong endpoint that echoes the request puts no secret of the call into the error, whatever the echo's shape.</summary>
public class EchoedSecretTests
{
    // Characters a JSON or HTML writer escapes, so the echoed forms differ from the value sent.
    private const string Token = "Echo+Token/Value=0001&<x>'q'";
    private const string SecretKey = "Echo-Secret-Key+/0001";

    private static CallSecrets Secrets() =>
        new(new IdentityCenter.Core.Credentials.IdcCredentials(TestClients.AccessKeyId, SecretKey, Token, "d", "tests"));

    [Theory]
    [InlineData("verbatim")]
    [InlineData("json")]
    [InlineData("json-all-escaped")]
    [InlineData("json-in-json")]
    [InlineData("html")]
    [InlineData("percent")]
    public void Every_echoed_form_of_the_token_and_secret_key_is_masked(string shape)
    {
        var text = "headers: " + Echo(Token, shape) + " and " + Echo(SecretKey, shape) + " end";

        var masked = Secrets().Mask(text);

        Assert.Equal("headers: *** and *** end", masked);
    }

    [Fact]
    public void A_registered_signature_is_masked_inside_its_authorization_value_and_alone()
    {
        var secrets = new CallSecrets(null);
        const string signature = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        secrets.Add("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=" + signature);

        Assert.Equal("sig ***!", secrets.Mask("sig " + signature + "!"));
        Assert.DoesNotContain(signature, secrets.Mask("{\"authorization\":\"SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=" + signature + "\"}"));
    }

    [Fact]
    public void Text_without_a_secret_is_left_as_it_is()
    {
        const string text = "{\"error_msg\":\"a \\u002B b &amp; c %41\"}";

        Assert.Same(text, Secrets().Mask(text));
    }

    [Fact]
    public async Task A_proxy_echoing_the_request_headers_as_json_leaks_no_token_or_signature_into_the_error()
    {
        using var server = new CannedHttpServer(head =>
            CannedHttpServer.Reply(400, "Bad Request", JsonSerializer.Serialize(new { error_msg = JsonSerializer.Serialize(Headers(head)) })));

        var error = await Assert.ThrowsAsync<IdcServiceException>(() =>
            TestClients.For(server.BaseAddress, credentials: TestClients.Credentials(temporary: true))
                .CreatePermissionSetAsync(new CreatePermissionSetRequest { InstanceId = "ins-0123456789abcdef", Name = "Echo" }));

        var signature = server.RequestHeads.Single().Split("Signature=")[1].Split("\r\n")[0];
        Assert.Contains("X-Security-Token", error.ErrorMessage);
        Assert.DoesNotContain(TestClients.SecurityToken, error.Message);
        Assert.DoesNotContain(signature, error.Message);
        Assert.DoesNotContain(signature, error.ErrorMessage);
    }

    [Fact]
    public async Task A_wrong_endpoint_echoing_the_request_as_html_leaks_no_token_into_the_error()
    {
        using var server = new CannedHttpServer(head =>
            CannedHttpServer.Reply(502, "Bad Gateway", "<html><pre>" + System.Net.WebUtility.HtmlEncode(head).Replace("-", "&#45;") + "</pre></html>"));

        var error = await Assert.ThrowsAsync<IdcServiceException>(() =>
            TestClients.For(server.BaseAddress, credentials: TestClients.Credentials(temporary: true), retry: TestClients.FastRetry(attempts: 1))
                .CreatePermissionSetAsync(new CreatePermissionSetRequest { InstanceId = "ins-0123456789abcdef", Name = "Echo" }));

        Assert.Contains("&#45;", error.ErrorMessage);
        Assert.DoesNotContain("Never&#45;Printed", error.ErrorMessage);
        Assert.DoesNotContain(TestClients.SecurityToken, System.Net.WebUtility.HtmlDecode(error.ErrorMessage));
    }

    // The request's headers as a JSON object, as an echo service writes them: {"X-Security-Token":"…", …}.
    private static Dictionary<string, string> Headers(string head) =>
        head.Split("\r\n").Skip(1).Where(l => l.Contains(':')).ToDictionary(l => l[..l.IndexOf(':')], l => l[(l.IndexOf(':') + 1)..].Trim());

    private static string Echo(string value, string shape) => shape switch
    {
        "verbatim" => value,
        "json" => JsonSerializer.Serialize(value).Trim('"'),
        "json-all-escaped" => string.Concat(value.Select(c => "\\u" + ((int)c).ToString("X4"))),
        "json-in-json" => JsonSerializer.Serialize(JsonSerializer.Serialize(value).Trim('"')).Trim('"'),
        "html" => string.Concat(value.Select(c => char.IsLetterOrDigit(c) ? c.ToString() : "&#" + (int)c + ";")),
        "percent" => Uri.EscapeDataString(value),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };
}
