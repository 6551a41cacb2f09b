using System.Text;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Core.Tests.Http;

public class HostileServerTests
{
    private static readonly CreatePermissionSetRequest Create = new() { InstanceId = "ins-0123456789abcdef", Name = "Ops" };

    [Fact]
    public async Task A_redirect_is_an_error_naming_the_location_and_is_not_followed()
    {
        using var server = new CannedHttpServer(() => CannedHttpServer.Reply(302, "Found", string.Empty, "Location: https://elsewhere.example/steal"));

        var error = await Assert.ThrowsAsync<IdcServiceException>(() => TestClients.For(server.BaseAddress).CreatePermissionSetAsync(Create));

        Assert.Equal(302, error.StatusCode);
        Assert.Contains("https://elsewhere.example/steal", error.Message);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_reply_larger_than_one_mebibyte_is_refused()
    {
        var huge = "{\"permission_set\":{\"name\":\"" + new string('x', 1024 * 1024) + "\"}}";
        using var server = new CannedHttpServer(() => CannedHttpServer.Reply(200, "OK", huge, "Content-Type: application/json"));

        var error = await Assert.ThrowsAsync<IdcTransportException>(() => TestClients.For(server.BaseAddress).CreatePermissionSetAsync(Create));

        Assert.Contains("1048576 bytes", error.Message);
    }

    [Fact]
    public async Task A_reply_without_a_length_is_capped_while_it_streams()
    {
        var chunk = new string('y', 4096);
        var body = new StringBuilder("{\"permission_set\":{\"name\":\"");
        while (body.Length < 1100 * 1024)
        {
            body.Append(chunk);
        }

        var head = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
        using var server = new CannedHttpServer(() => [.. head, .. Encoding.ASCII.GetBytes(body.ToString())]);

        var error = await Assert.ThrowsAsync<IdcTransportException>(() => TestClients.For(server.BaseAddress).CreatePermissionSetAsync(Create));

        Assert.Contains("larger than 1048576 bytes", error.Message);
    }

    [Theory]
    [InlineData("<html>not json</html>")]
    [InlineData("{\"permission_set\": 42}")]
    [InlineData("null")]
    [InlineData("{}")]
    public async Task A_success_reply_that_is_not_the_documented_json_is_an_error_not_a_crash(string body)
    {
        using var server = new CannedHttpServer(() => CannedHttpServer.Reply(200, "OK", body, "Content-Type: application/json"));

        var error = await Assert.ThrowsAsync<IdcTransportException>(() => TestClients.For(server.BaseAddress).CreatePermissionSetAsync(Create));

        Assert.Contains("CreatePermissionSet", error.Message);
    }

    [Fact]
    public async Task A_connection_closed_without_a_reply_is_retried_then_reported()
    {
        using var server = new CannedHttpServer(() => null);
        var sink = new RecordingSink();

        var error = await Assert.ThrowsAsync<IdcTransportException>(() => TestClients.For(server.BaseAddress, sink).CreatePermissionSetAsync(Create));

        Assert.Equal(3, server.Requests);
        Assert.Contains("3 attempt(s)", error.Message);
        Assert.Equal(2, sink.Messages(Diagnostics.IdcEventLevel.Verbose).Count(m => m.StartsWith("Retrying", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Retry_after_a_503_signs_each_attempt_afresh_and_succeeds()
    {
        var replies = new Queue<byte[]>([
            CannedHttpServer.Reply(503, "Service Unavailable", "{\"error_code\":\"APIGW.0801\",\"error_msg\":\"busy\"}", "Retry-After: 0"),
            CannedHttpServer.Reply(200, "OK", "{\"permission_set\":{\"permission_set_id\":\"ps-1\",\"name\":\"Ops\",\"created_date\":0}}"),
        ]);
        using var server = new CannedHttpServer(() => replies.Dequeue());

        var created = await TestClients.For(server.BaseAddress).CreatePermissionSetAsync(Create);

        Assert.Equal("ps-1", created.PermissionSetId);
        Assert.Equal(2, server.Requests);
        Assert.All(server.RequestHeads, head => Assert.Contains("Authorization: SDK-HMAC-SHA256 Access=" + TestClients.AccessKeyId, head));
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        using var server = new CannedHttpServer(() => CannedHttpServer.Reply(400, "Bad Request", "{\"error_code\":\"IdentityCenter.400\",\"error_msg\":\"bad\",\"request_id\":\"r\"}"));

        var error = await Assert.ThrowsAsync<IdcServiceException>(() => TestClients.For(server.BaseAddress).CreatePermissionSetAsync(Create));

        Assert.Equal(1, server.Requests);
        Assert.Equal("IdentityCenter.400", error.ErrorCode);
    }

    [Fact]
    public async Task The_concurrency_conflict_code_is_retried()
    {
        var replies = new Queue<byte[]>([
            CannedHttpServer.Reply(409, "Conflict", "{\"error_code\":\"IdentityCenter.1006\",\"error_msg\":\"retry later\"}"),
            CannedHttpServer.Reply(200, "OK", string.Empty),
        ]);
        using var server = new CannedHttpServer(() => replies.Dequeue());

        var request = new PutCustomPolicyRequest { InstanceId = "ins-0123456789abcdef", PermissionSetId = "ps-8603aaaaaaaa14bd", Policy = "{}" };
        await TestClients.For(server.BaseAddress).PutCustomPolicyAsync(request);

        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task Invalid_input_sends_nothing()
    {
        using var server = new CannedHttpServer(() => CannedHttpServer.Reply(200, "OK", "{}"));
        var request = new CreatePermissionSetRequest { InstanceId = "ins-0123456789abcdef", Name = new string('n', 33) };

        await Assert.ThrowsAsync<IdcValidationException>(() => TestClients.For(server.BaseAddress).CreatePermissionSetAsync(request));

        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public async Task An_echoed_hostile_size_error_message_is_cut_to_the_quote_limit()
    {
        var huge = "{\"error_code\":\"IdentityCenter.400\",\"error_msg\":\"" + new string('e', 900 * 1024) + "\",\"request_id\":\"" + new string('r', 50_000) + "\"}";
        using var server = new CannedHttpServer(() => CannedHttpServer.Reply(400, "Bad Request", huge));

        var error = await Assert.ThrowsAsync<IdcServiceException>(() => TestClients.For(server.BaseAddress).CreatePermissionSetAsync(Create));

        Assert.Equal(QuotedText.MaxChars + QuotedText.Ellipsis.Length, error.ErrorMessage.Length);
        Assert.True(error.Message.Length < 3 * QuotedText.MaxChars, $"the message is {error.Message.Length} characters");
    }

    [Fact]
    public async Task An_unknown_host_is_not_retried_and_the_top_message_names_the_cause()
    {
        var sink = new RecordingSink();
        var client = TestClients.For(new Uri("https://idc-no-such-host.invalid/"), sink);

        var error = await Assert.ThrowsAsync<IdcTransportException>(() => client.CreatePermissionSetAsync(Create));

        Assert.True(error.Permanent);
        Assert.Contains("host name could not be resolved", error.Message);
        Assert.DoesNotContain("see inner exception", error.Message);
        Assert.DoesNotContain(sink.Messages(Diagnostics.IdcEventLevel.Verbose), m => m.StartsWith("Retrying", StringComparison.Ordinal));
        Assert.Null(error.OutcomeUnknown);
    }

    [Fact]
    public async Task An_untrusted_certificate_is_not_retried_and_the_top_message_names_the_cause()
    {
        using var certificate = SelfSigned();
        using var server = new CannedHttpServer(_ => CannedHttpServer.Reply(200, "OK", "{}"), certificate);
        var sink = new RecordingSink();

        var error = await Assert.ThrowsAsync<IdcTransportException>(() => TestClients.For(server.BaseAddress, sink).CreatePermissionSetAsync(Create));

        Assert.True(error.Permanent);
        Assert.Contains("TLS connection could not be established", error.Message);
        Assert.DoesNotContain("see inner exception", error.Message);
        // TLS 1.3 lets the server finish its handshake before the client refuses the certificate: one connection at most, no request.
        Assert.InRange(server.Requests, 0, 1);
        Assert.DoesNotContain(server.RequestHeads, h => h.StartsWith("POST", StringComparison.Ordinal));
        Assert.DoesNotContain(sink.Messages(Diagnostics.IdcEventLevel.Verbose), m => m.StartsWith("Retrying", StringComparison.Ordinal));
    }

    private static System.Security.Cryptography.X509Certificates.X509Certificate2 SelfSigned()
    {
        using var key = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest(
            "CN=127.0.0.1", key, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12(made.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx), null);
    }
}
