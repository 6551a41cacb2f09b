using System.Text;

namespace IdentityCenter.Emulator.Tests;

/// <summary>
/// The verifier against the 12 vectors produced by the official signer: if it accepted only what a
/// home-made client signs, a mistake shared by client and emulator would go unseen.
/// </summary>
public sealed class SigningVectorTests
{
    private const string UnsignedPayloadVector = "11-non-json-content-type-unsigned-payload";

    [Fact]
    public void All_twelve_vectors_are_loaded()
    {
        Assert.Equal(12, SigningVector.Vectors.Count);
        Assert.Equal(12, SigningVector.Vectors.Select(v => v.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(SigningVector.Names), MemberType = typeof(SigningVector))]
    public void Vector_verifies_and_the_canonical_request_matches(string name)
    {
        SigningVector vector = SigningVector.Named(name);

        SignatureVerificationResult result = Verify(vector, vector.Headers, vector.Body);

        Assert.True(result.IsValid, $"{name}: {result.Failure} {result.Message}");
        Assert.Equal(vector.CanonicalRequest, result.CanonicalRequest);
        Assert.Equal(vector.StringToSign, result.StringToSign);
        Assert.Equal(vector.AccessKeyId, result.AccessKeyId);
    }

    [Theory]
    [MemberData(nameof(SigningVector.Names), MemberType = typeof(SigningVector))]
    public void Vector_with_one_signature_byte_changed_fails(string name)
    {
        SigningVector vector = SigningVector.Named(name);
        string authorization = vector.Header("Authorization");
        char last = authorization[^1];
        string tampered = authorization[..^1] + (last == '0' ? '1' : '0');

        SignatureVerificationResult result = Verify(vector, WithHeader(vector.Headers, "Authorization", tampered), vector.Body);

        Assert.False(result.IsValid);
        Assert.Equal(SignatureFailure.SignatureMismatch, result.Failure);
        Assert.Equal(vector.CanonicalRequest, result.CanonicalRequest);
        Assert.Contains("verify aksk signature fail, canonicalRequest:" + vector.CanonicalRequest.Replace('\n', '|'), result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SigningVector.Names), MemberType = typeof(SigningVector))]
    public void Vector_with_one_body_byte_changed_fails_unless_the_payload_is_unsigned(string name)
    {
        SigningVector vector = SigningVector.Named(name);
        byte[] body = vector.Body.Length == 0 ? new[] { (byte)' ' } : (byte[])vector.Body.Clone();
        if (vector.Body.Length > 0)
        {
            body[body.Length / 2] ^= 0x01;
        }

        SignatureVerificationResult result = Verify(vector, vector.Headers, body);

        if (name == UnsignedPayloadVector)
        {
            // X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD takes the body out of the signature by design.
            Assert.True(result.IsValid, result.Message);
        }
        else
        {
            Assert.Equal(SignatureFailure.SignatureMismatch, result.Failure);
        }
    }

    [Fact]
    public void Trailing_slash_vectors_share_one_canonical_request()
    {
        SigningVector withoutSlash = SigningVector.Named("01-get-list-instances");
        SigningVector withSlash = SigningVector.Named("02-get-list-instances-trailing-slash");

        Assert.EndsWith("/", withSlash.RawPath, StringComparison.Ordinal);
        Assert.Equal(Verify(withoutSlash, withoutSlash.Headers, withoutSlash.Body).CanonicalRequest, Verify(withSlash, withSlash.Headers, withSlash.Body).CanonicalRequest);
    }

    [Fact]
    public void Unsigned_payload_vector_fails_when_the_payload_header_is_changed()
    {
        SigningVector vector = SigningVector.Named(UnsignedPayloadVector);
        IReadOnlyList<KeyValuePair<string, string>> headers =
            WithHeader(vector.Headers, "X-Sdk-Content-Sha256", SignatureVerifier.HexSha256(Encoding.UTF8.GetBytes("x")));

        Assert.Equal(SignatureFailure.SignatureMismatch, Verify(vector, headers, vector.Body).Failure);
    }

    [Fact]
    public void Temporary_vector_without_its_security_token_fails()
    {
        SigningVector vector = SigningVector.Named("07-delete-permission-set-security-token");
        var headers = vector.Headers.Where(h => !string.Equals(h.Key, "X-Security-Token", StringComparison.OrdinalIgnoreCase)).ToArray();

        Assert.Equal(SignatureFailure.MissingSecurityToken, Verify(vector, headers, vector.Body).Failure);
    }

    [Fact]
    public void Vector_is_refused_as_expired_on_the_real_clock()
    {
        SigningVector vector = SigningVector.Named("01-get-list-instances");
        var verifier = new SignatureVerifier(Lookup(vector));

        SignatureVerificationResult result = verifier.Verify(vector.Method, vector.RawPath, vector.RawQuery, vector.Headers, vector.Body, DateTimeOffset.UtcNow);

        Assert.Equal(SignatureFailure.Expired, result.Failure);
        Assert.Contains("signature expired", result.Message, StringComparison.Ordinal);
    }

    internal static SignatureVerificationResult Verify(SigningVector vector, IEnumerable<KeyValuePair<string, string>> headers, byte[] body) =>
        new SignatureVerifier(Lookup(vector)).Verify(vector.Method, vector.RawPath, vector.RawQuery, headers, body, vector.SignedAt);

    private static Func<string, SigningCredential?> Lookup(SigningVector vector) =>
        ak => ak == vector.AccessKeyId ? new SigningCredential(vector.AccessKeyId, vector.SecretAccessKey, vector.SecurityToken) : null;

    private static IReadOnlyList<KeyValuePair<string, string>> WithHeader(IReadOnlyList<KeyValuePair<string, string>> headers, string name, string value) =>
        headers.Select(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase) ? new KeyValuePair<string, string>(h.Key, value) : h).ToArray();
}
