using System.Text;
using IdentityCenter.Core.Http;
using IdentityCenter.Core.Signing;

namespace IdentityCenter.Core.Tests.Signing;

public class SigningVectorTests
{
    [Fact]
    public void All_twelve_official_vectors_are_present()
    {
        Assert.Equal(12, SigningVector.Names().Count());
    }

    /// <summary>Every vector through each hash engine, the one this machine does not pick included.</summary>
    public static IEnumerable<object[]> NamesAndEngines() =>
        from name in SigningVector.Names()
        from engine in HashEngineTests.Engines()
        select new[] { name[0], engine[0] };

    [Theory]
    [MemberData(nameof(NamesAndEngines))]
    public void Reproduces_the_official_signer_with_each_hash_engine(string name, string engine)
    {
        var vector = SigningVector.Get(name);

        var signature = SdkHmacSigner.Sign(
            vector.Method, vector.Url, vector.SignableHeaders, Encoding.UTF8.GetBytes(vector.Body), vector.AccessKeyId,
            Encoding.UTF8.GetBytes(vector.SecretKey), HashEngineTests.Engine(engine));

        Assert.Equal(vector.ExpectedCanonicalRequest, signature.CanonicalRequest);
        Assert.Equal(vector.ExpectedStringToSign, signature.StringToSign);
        Assert.Equal(vector.ExpectedSignedHeaders, signature.SignedHeaders);
        Assert.Equal(vector.ExpectedAuthorization, signature.Authorization);
    }

    [Theory]
    [MemberData(nameof(SigningVector.Names), MemberType = typeof(SigningVector))]
    public void A_changed_body_byte_changes_the_signature_unless_the_payload_is_unsigned(string name)
    {
        var vector = SigningVector.Get(name);
        var body = Encoding.UTF8.GetBytes(vector.Body + " ");

        var signature = Sign(vector, body);

        if (vector.SignableHeaders.Any(h => h.Key.Equals(HeaderNames.ContentSha256, StringComparison.OrdinalIgnoreCase)))
        {
            Assert.Equal(vector.ExpectedAuthorization, signature.Authorization);
        }
        else
        {
            Assert.NotEqual(vector.ExpectedAuthorization, signature.Authorization);
        }
    }

    [Fact]
    public void Trailing_slash_does_not_change_the_signature()
    {
        var withOut = SigningVector.Get("01-get-list-instances");
        var with = SigningVector.Get("02-get-list-instances-trailing-slash");

        Assert.Equal(Sign(withOut, []).Authorization, Sign(with, []).Authorization);
    }

    [Fact]
    public void The_host_header_keeps_a_non_default_port_only()
    {
        Assert.Equal("identitycenter.myhuaweicloud.com", SdkHmacSigner.HostHeaderValue(new Uri("https://identitycenter.myhuaweicloud.com/v1")));
        Assert.Equal("identitycenter.myhuaweicloud.com:8443", SdkHmacSigner.HostHeaderValue(new Uri("https://identitycenter.myhuaweicloud.com:8443/v1")));
        Assert.Equal("127.0.0.1:5080", SdkHmacSigner.HostHeaderValue(new Uri("http://127.0.0.1:5080/")));
        Assert.Equal("localhost", SdkHmacSigner.HostHeaderValue(new Uri("http://localhost:80/")));
    }

    [Fact]
    public void Date_is_formatted_in_utc()
    {
        var instant = new DateTimeOffset(2024, 1, 15, 18, 30, 0, TimeSpan.FromHours(8));
        Assert.Equal("20240115T103000Z", SdkHmacSigner.FormatDate(instant));
    }

    private static RequestSignature Sign(SigningVector vector, byte[] body) =>
        SdkHmacSigner.Sign(vector.Method, vector.Url, vector.SignableHeaders, body, vector.AccessKeyId, Encoding.UTF8.GetBytes(vector.SecretKey));
}
