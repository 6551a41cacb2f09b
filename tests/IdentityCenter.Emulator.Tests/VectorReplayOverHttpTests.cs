namespace IdentityCenter.Emulator.Tests;

/// <summary>
/// Sends each official vector's exact headers through Kestrel, so the server-side reading of the
/// raw request target and headers is proven too, not only the verifier on hand-fed input.
/// </summary>
public sealed class VectorReplayOverHttpTests
{
    [Theory]
    [MemberData(nameof(SigningVector.Names), MemberType = typeof(SigningVector))]
    public async Task Vector_sent_over_loopback_passes_the_signature_check(string name)
    {
        SigningVector vector = SigningVector.Named(name);
        var clock = new FixedTimeProvider(vector.SignedAt);
        var options = new EmulatorOptions
        {
            AccessKeyId = "AKEXAMPLE00000000001",
            SecretAccessKey = "SKEXAMPLEsecret0000000000000000000000001",
            TemporaryAccessKeyId = "AKEXAMPLE00000000002",
            TemporarySecretAccessKey = "SKEXAMPLEsecret0000000000000000000000002",
            SecurityToken = vector.SecurityToken ?? "unused-token",
            DomainId = "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
            InstanceId = "ins-0123456789abcdef",
            TimeProvider = clock,
        };
        await using EmulatorServer server = await EmulatorServer.StartAsync(options);
        using var http = new HttpClient();

        string target = vector.RawPath + (vector.RawQuery.Length > 0 ? "?" + vector.RawQuery : string.Empty);
        using var request = new HttpRequestMessage(new HttpMethod(vector.Method), new Uri(server.BaseAddress, target));
        request.Content = new ByteArrayContent(vector.Body);
        foreach (KeyValuePair<string, string> header in vector.Headers)
        {
            if (string.Equals(header.Key, "content-type", StringComparison.OrdinalIgnoreCase))
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", header.Value);
            }
            else if (string.Equals(header.Key, "host", StringComparison.OrdinalIgnoreCase))
            {
                request.Headers.Host = header.Value;
            }
            else
            {
                Assert.True(request.Headers.TryAddWithoutValidation(header.Key, header.Value), header.Key);
            }
        }

        using HttpResponseMessage response = await http.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();

        RequestLogEntry entry = Assert.Single(server.RequestLog);
        Assert.True(entry.SignatureVerified, $"{name}: {(int)response.StatusCode} {body}");
        if (name == "09-get-project-level-credentials")
        {
            // Signed correctly, but a project-scoped request lacks the account a global service needs.
            Assert.Contains("X-Domain-Id", body, StringComparison.Ordinal);
        }
        else
        {
            Assert.NotEqual("APIGW.0301", entry.ErrorCode);
        }

        // Where the vector is a real Identity Center call, the call itself must go through as well.
        int expectedStatus = name switch
        {
            "01-get-list-instances" or "02-get-list-instances-trailing-slash" => 200,
            "03-post-create-permission-set-json-nonascii" => 200,
            "04-put-custom-policy-with-security-token" or "07-delete-permission-set-security-token" => 404,
            "09-get-project-level-credentials" => 401,
            _ => (int)response.StatusCode,
        };
        Assert.Equal(expectedStatus, (int)response.StatusCode);
    }
}
