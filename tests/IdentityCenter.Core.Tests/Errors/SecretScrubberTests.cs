using IdentityCenter.Core.Diagnostics;

namespace IdentityCenter.Core.Tests.Errors;

public class SecretScrubberTests
{
    [Theory]
    [InlineData("x-security-token:abc123|x-sdk-date:1", "x-security-token:***|x-sdk-date:1")]
    [InlineData("X-Security-Token: abc123\nnext", "X-Security-Token: ***\nnext")]
    [InlineData("Authorization: SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=00ff", "Authorization: ***")]
    [InlineData("Access=AK, SignedHeaders=host;x-sdk-date, Signature=0a1b2c", "Access=AK, SignedHeaders=host;x-sdk-date, Signature=***")]
    [InlineData("security_token = abc", "security_token = ***")]
    public void Credential_material_is_masked(string text, string expected)
    {
        Assert.Equal(expected, SecretScrubber.Scrub(text));
    }

    [Theory]
    [InlineData("A permission set with the same name exists.")]
    [InlineData("verify aksk signature fail, signature expired")]
    [InlineData("encoded_authorization_message present")]
    public void Ordinary_text_is_left_alone(string text)
    {
        Assert.Equal(text, SecretScrubber.Scrub(text));
    }

    [Fact]
    public void Null_becomes_empty()
    {
        Assert.Equal(string.Empty, SecretScrubber.Scrub(null));
    }
}
