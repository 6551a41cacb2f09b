using System.Globalization;
using System.Text;

namespace IdentityCenter.Emulator.Tests;

/// <summary>The verifier's refusals, driven without HTTP through a locally signed request.</summary>
public sealed class SignatureVerifierTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly SignatureVerifier Verifier = new(ak => ak switch
    {
        EmulatorDefaults.AccessKeyId => new SigningCredential(EmulatorDefaults.AccessKeyId, EmulatorDefaults.SecretAccessKey),
        EmulatorDefaults.TemporaryAccessKeyId => new SigningCredential(EmulatorDefaults.TemporaryAccessKeyId, EmulatorDefaults.TemporarySecretAccessKey, EmulatorDefaults.SecurityToken),
        _ => null,
    });

    [Fact]
    public void Locally_signed_request_verifies_and_both_sides_agree_on_the_canonical_request()
    {
        (List<KeyValuePair<string, string>> headers, byte[] body, string canonical) = Signed(TestCredentials.Permanent, Now);

        SignatureVerificationResult result = Run(headers, body, Now);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(canonical, result.CanonicalRequest);
        Assert.False(result.Credential!.IsTemporary);
    }

    [Theory]
    [InlineData(-15 * 60, true)]
    [InlineData(15 * 60, true)]
    [InlineData(15 * 60 + 1, false)]
    [InlineData(-15 * 60 - 1, false)]
    public void Dates_up_to_fifteen_minutes_from_the_server_clock_are_accepted(int offsetSeconds, bool accepted)
    {
        (List<KeyValuePair<string, string>> headers, byte[] body, _) = Signed(TestCredentials.Permanent, Now.AddSeconds(offsetSeconds));

        SignatureVerificationResult result = Run(headers, body, Now);

        Assert.Equal(accepted, result.IsValid);
        if (!accepted)
        {
            Assert.Equal(SignatureFailure.Expired, result.Failure);
            Assert.Contains("signature expired", result.Message, StringComparison.Ordinal);
            Assert.StartsWith("Incorrect IAM authentication information: ", result.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Clock_skew_is_configurable()
    {
        var strict = new SignatureVerifier(_ => new SigningCredential(EmulatorDefaults.AccessKeyId, EmulatorDefaults.SecretAccessKey), TimeSpan.FromMinutes(1));
        (List<KeyValuePair<string, string>> headers, byte[] body, _) = Signed(TestCredentials.Permanent, Now.AddMinutes(2));

        Assert.Equal(SignatureFailure.Expired, strict.Verify("POST", Path, null, headers, body, Now).Failure);
    }

    [Fact]
    public void Missing_date_is_refused_as_expired()
    {
        (List<KeyValuePair<string, string>> headers, byte[] body, _) = Signed(TestCredentials.Permanent, Now);
        headers.RemoveAll(h => h.Key == "X-Sdk-Date");

        SignatureVerificationResult result = Run(headers, body, Now);

        Assert.Equal(SignatureFailure.MissingDate, result.Failure);
        Assert.Contains("signature expired", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-03-01T12:00:00Z")]
    [InlineData("20250301T120000")]
    [InlineData("garbage")]
    public void Malformed_date_is_refused_as_expired(string date)
    {
        (List<KeyValuePair<string, string>> headers, byte[] body, _) = Signed(TestCredentials.Permanent, Now);
        Replace(headers, "X-Sdk-Date", date);

        SignatureVerificationResult result = Run(headers, body, Now);

        Assert.Equal(SignatureFailure.MalformedDate, result.Failure);
        Assert.Contains("signature expired", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_access_key_is_named_in_the_message()
    {
        var stranger = TestCredentials.Permanent with { AccessKeyId = "UNKNOWNACCESSKEY0001" };
        (List<KeyValuePair<string, string>> headers, byte[] body, _) = Signed(stranger, Now);

        SignatureVerificationResult result = Run(headers, body, Now);

        Assert.Equal(SignatureFailure.UnknownAccessKey, result.Failure);
        Assert.Equal("Incorrect IAM authentication information: ak UNKNOWNACCESSKEY0001 not exist", result.Message);
    }

    [Fact]
    public void Temporary_key_needs_its_own_security_token()
    {
        (List<KeyValuePair<string, string>> headers, byte[] body, _) = Signed(TestCredentials.Temporary, Now);
        Assert.True(Run(headers, body, Now).IsValid);

        (headers, body, _) = Signed(TestCredentials.Temporary with { SecurityToken = null }, Now);
        Assert.Equal(SignatureFailure.MissingSecurityToken, Run(headers, body, Now).Failure);

        (headers, body, _) = Signed(TestCredentials.Temporary with { SecurityToken = "someone-elses-token" }, Now);
        Assert.Equal(SignatureFailure.InvalidSecurityToken, Run(headers, body, Now).Failure);
    }

    [Fact]
    public void Host_and_date_must_be_signed()
    {
        (List<KeyValuePair<string, string>> headers, byte[] body, _) = Signed(TestCredentials.Permanent, Now);
        string authorization = headers.Single(h => h.Key == "Authorization").Value;
        Replace(headers, "Authorization", authorization.Replace("host;", string.Empty, StringComparison.Ordinal));

        Assert.Equal(SignatureFailure.RequiredHeaderNotSigned, Run(headers, body, Now).Failure);
    }

    [Theory]
    [InlineData(null, SignatureFailure.MissingAuthorization)]
    [InlineData("", SignatureFailure.MissingAuthorization)]
    [InlineData("SDK-HMAC-SHA256", SignatureFailure.MalformedAuthorization)]
    [InlineData("SDK-HMAC-SHA256 Access=AK, Signature=00", SignatureFailure.MalformedAuthorization)]
    [InlineData("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=00, Extra=1", SignatureFailure.MalformedAuthorization)]
    [InlineData("AWS4-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=00", SignatureFailure.UnsupportedAlgorithm)]
    public void Unreadable_authorization_headers_are_refused(string? authorization, SignatureFailure failure)
    {
        (List<KeyValuePair<string, string>> headers, byte[] body, _) = Signed(TestCredentials.Permanent, Now);
        headers.RemoveAll(h => h.Key == "Authorization");
        if (authorization is not null)
        {
            headers.Add(new KeyValuePair<string, string>("Authorization", authorization));
        }

        Assert.Equal(failure, Run(headers, body, Now).Failure);
    }

    [Fact]
    public void Signature_that_is_not_hex_is_a_mismatch_not_an_exception()
    {
        (List<KeyValuePair<string, string>> headers, byte[] body, _) = Signed(TestCredentials.Permanent, Now);
        string authorization = headers.Single(h => h.Key == "Authorization").Value;
        Replace(headers, "Authorization", authorization[..^64] + new string('z', 64));

        Assert.Equal(SignatureFailure.SignatureMismatch, Run(headers, body, Now).Failure);
    }

    [Fact]
    public void Header_value_changed_after_signing_is_a_mismatch()
    {
        (List<KeyValuePair<string, string>> headers, byte[] body, _) = Signed(TestCredentials.Permanent, Now);
        Replace(headers, "X-Domain-Id", "f0000000000000000000000000000001");

        SignatureVerificationResult result = Run(headers, body, Now);

        Assert.Equal(SignatureFailure.SignatureMismatch, result.Failure);
        Assert.Contains("x-domain-id:f0000000000000000000000000000001|", result.Message, StringComparison.Ordinal);
    }

    private const string Path = "/v1/instances/" + EmulatorDefaults.InstanceId + "/permission-sets";

    private static SignatureVerificationResult Run(List<KeyValuePair<string, string>> headers, byte[] body, DateTimeOffset now) =>
        Verifier.Verify("POST", Path, null, headers, body, now);

    private static (List<KeyValuePair<string, string>> Headers, byte[] Body, string Canonical) Signed(TestCredentials credentials, DateTimeOffset when)
    {
        byte[] body = Encoding.UTF8.GetBytes("{\"name\":\"Admins\"}");
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1:5080" + Path);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        string canonical = TestSigner.Sign(request, body, credentials, when);

        var headers = request.Headers.Concat(request.Content.Headers)
            .SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v)))
            .ToList();
        headers.Add(new KeyValuePair<string, string>("Host", request.Headers.Host!));
        headers = headers.GroupBy(h => h.Key + "\u0000" + h.Value).Select(g => g.First()).ToList();
        Assert.Equal(TestSigner.FormatDate(when), headers.Single(h => h.Key == "X-Sdk-Date").Value);
        Assert.Equal(when.ToString("yyyy", CultureInfo.InvariantCulture), headers.Single(h => h.Key == "X-Sdk-Date").Value[..4]);
        return (headers, body, canonical);
    }

    private static void Replace(List<KeyValuePair<string, string>> headers, string name, string value)
    {
        int index = headers.FindIndex(h => h.Key == name);
        headers[index] = new KeyValuePair<string, string>(name, value);
    }
}
