using System.Collections;
using System.Text;
using IdentityCenter.Core.Signing;
using IdentityCenter.Emulator.Signing;

namespace IdentityCenter.Core.Tests.Signing;

/// <summary>The per-thread working set the signer reuses: cleared after use, never shared, and never held when outgrown.</summary>
public class SigningScratchTests
{
    private const string AccessKeyId = "SCRATCHTESTACCESSKEY";
    private const string SecretKey = "scratch-test-secret-key";
    private const string SdkDate = "20250101T120000Z";
    private static readonly DateTimeOffset SignedAt = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Uri Create = new("https://identitycenter.myhuaweicloud.com/v1/instances/ins-0123456789abcdef/permission-sets");
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"name\":\"scratch\"}");

    [Fact]
    public void After_a_signature_the_thread_keeps_nothing_of_the_request()
    {
        const string token = "TOKEN-THAT-MUST-NOT-STAY-IN-A-BUFFER";
        var first = SigningScratch.Take();
        Park(first);

        var authorization = SdkHmacSigner.Authorize("POST", Create, Headers(token), Body, AccessKeyId, Encoding.UTF8.GetBytes(SecretKey));

        var scratch = SigningScratch.Take();
        try
        {
            Assert.Same(first, scratch);
            Assert.All(scratch.Writer().Buffer, b => Assert.Equal(0, b));

            // What stays is the part before the signature: the access key id and header names, sent in the clear.
            var kept = new string(scratch.Chars).TrimEnd('\0');
            Assert.Equal(authorization.Substring(0, authorization.Length - 64), kept);
            Assert.EndsWith("Signature=", kept);
            Assert.All(scratch.Digest, b => Assert.Equal(0, b));
            Assert.Equal(0, scratch.Headers.NamesLength());
            Assert.Null(scratch.Headers.SdkDate);
        }
        finally
        {
            Park(scratch);
        }
    }

    [Fact]
    public void The_kept_prefix_is_written_again_when_the_access_key_or_the_signed_headers_change()
    {
        var secret = Encoding.UTF8.GetBytes(SecretKey);
        var withToken = Headers("a-token");
        var cases = new (string AccessKeyId, List<KeyValuePair<string, string>> Headers, string? Token)[]
        {
            (AccessKeyId, Headers(null), null),
            (AccessKeyId, Headers(null), null),
            (AccessKeyId, withToken, "a-token"),
            ("ANOTHERACCESSKEYID01", withToken, "a-token"),
            ("ANOTHERACCESSKEYID01", Headers(null), null),
            (AccessKeyId, Headers(null), null),
        };

        foreach (var (accessKeyId, headers, token) in cases)
        {
            var authorization = SdkHmacSigner.Authorize("POST", Create, headers, Body, accessKeyId, secret);

            Assert.StartsWith("SDK-HMAC-SHA256 Access=" + accessKeyId + ", SignedHeaders=" + (token == null ? "content-type;host;x-sdk-date" : "content-type;host;x-sdk-date;x-security-token") + ", Signature=", authorization);
            var result = Verify("POST", Create, headers, Body, authorization, accessKeyId, token);
            Assert.True(result.IsValid, result.Message);
        }
    }

    [Fact]
    public void A_signature_begun_inside_another_on_the_same_thread_has_its_own_buffers()
    {
        // The thread has a set parked, as it does after its first signature.
        Park(SigningScratch.Take());
        var secret = Encoding.UTF8.GetBytes(SecretKey);
        var inner = new Uri("https://identitycenter.myhuaweicloud.com/v1/instances/ins-0123456789abcdef/permission-sets/ps-1?limit=5");
        string? innerAuthorization = null;
        var headers = new ReadingSigns(Headers(null), () => innerAuthorization = SdkHmacSigner.Authorize("GET", inner, Headers("inner-token"), null, AccessKeyId, secret));

        var outer = SdkHmacSigner.Authorize("POST", Create, headers, Body, AccessKeyId, secret);

        Assert.NotNull(innerAuthorization);
        Assert.Equal(SdkHmacSigner.Authorize("POST", Create, Headers(null), Body, AccessKeyId, secret), outer);
        Assert.Equal(SdkHmacSigner.Authorize("GET", inner, Headers("inner-token"), null, AccessKeyId, secret), innerAuthorization);
        Assert.True(Verify("POST", Create, Headers(null), Body, outer, AccessKeyId, null).IsValid);
    }

    [Fact]
    public void A_request_larger_than_the_kept_buffers_signs_as_the_gateway_verifies_and_is_not_kept()
    {
        var path = "/v1/" + string.Join("/", Enumerable.Range(0, 500).Select(i => "segment-" + i));
        var query = "?" + string.Join("&", Enumerable.Range(0, 300).Select(i => "key" + i + "=value%20" + i));
        var uri = new Uri("https://identitycenter.myhuaweicloud.com" + path + query);
        var accessKeyId = new string('K', 400);
        var token = new string('t', 3000);
        Assert.True(path.Length + query.Length + token.Length > SigningScratch.LargestKept);

        var authorization = SdkHmacSigner.Authorize("POST", uri, Headers(token), Body, accessKeyId, Encoding.UTF8.GetBytes(SecretKey));

        var result = Verify("POST", uri, Headers(token), Body, authorization, accessKeyId, token);
        Assert.True(result.IsValid, result.Message);

        var scratch = SigningScratch.Take();
        try
        {
            Assert.True(scratch.Writer().Buffer.Length <= SigningScratch.LargestKept);
        }
        finally
        {
            Park(scratch);
        }

        // The next ordinary signature on the thread is as right as ever.
        var next = SdkHmacSigner.Authorize("POST", Create, Headers(null), Body, AccessKeyId, Encoding.UTF8.GetBytes(SecretKey));
        Assert.True(Verify("POST", Create, Headers(null), Body, next, AccessKeyId, null).IsValid);
    }

    private static List<KeyValuePair<string, string>> Headers(string? token)
    {
        var headers = new List<KeyValuePair<string, string>>
        {
            new("host", "identitycenter.myhuaweicloud.com"),
            new("x-sdk-date", SdkDate),
            new("content-type", "application/json"),
        };
        if (token != null)
        {
            headers.Add(new("x-security-token", token));
        }

        return headers;
    }

    private static SignatureVerificationResult Verify(string method, Uri uri, List<KeyValuePair<string, string>> headers, byte[] body, string authorization, string accessKeyId, string? token)
    {
        var verifier = new SignatureVerifier(key => key == accessKeyId ? new SigningCredential(accessKeyId, SecretKey, token) : null);
        var sent = new List<KeyValuePair<string, string>>(headers) { new("Authorization", authorization) };
        return verifier.Verify(method, uri.AbsolutePath, uri.Query, sent, body, SignedAt);
    }

    private static void Park(SigningScratch scratch)
    {
        var writer = scratch.Writer();
        scratch.Park(ref writer, 0);
    }

    /// <summary>A header list whose read of its last header signs another request, as a caller's own list could.</summary>
    private sealed class ReadingSigns : IReadOnlyList<KeyValuePair<string, string>>
    {
        private readonly List<KeyValuePair<string, string>> headers;
        private Action? onLastRead;

        public ReadingSigns(List<KeyValuePair<string, string>> headers, Action onLastRead)
        {
            this.headers = headers;
            this.onLastRead = onLastRead;
        }

        public int Count => headers.Count;

        public KeyValuePair<string, string> this[int index]
        {
            get
            {
                // By then the outer signature has taken in the other headers.
                if (index == headers.Count - 1)
                {
                    var action = onLastRead;
                    onLastRead = null;
                    action?.Invoke();
                }

                return headers[index];
            }
        }

        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => headers.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
