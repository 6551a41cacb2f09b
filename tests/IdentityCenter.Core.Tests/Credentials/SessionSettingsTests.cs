using System.Reflection;
using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Errors;

namespace IdentityCenter.Core.Tests.Credentials;

public class SessionSettingsTests
{
    private const string Secret = "session-secret-value-0001";
    private const string Token = "session-token-value-0001";

    [Fact]
    public void Values_are_trimmed_and_blank_ones_count_as_not_set()
    {
        var settings = new SessionSettings("  AK1  ", SecureText.From(Secret), null, "  ", null, " http://127.0.0.1:5080 ");

        Assert.Equal("AK1", settings.AccessKeyId);
        Assert.Null(settings.DomainId);
        Assert.Null(settings.ProfileName);
        Assert.Equal("http://127.0.0.1:5080", settings.EndpointUrl);
        Assert.False(settings.IsEmpty);
    }

    [Fact]
    public void The_empty_session_holds_nothing()
    {
        Assert.True(SessionSettings.Empty.IsEmpty);
        Assert.Null(SessionSettings.Empty.AccessKeyId);
        Assert.False(SessionSettings.Empty.HasSecurityToken);
        Assert.Equal("no session", SessionSettings.Empty.ToString());
    }

    [Fact]
    public void An_access_key_without_its_secret_is_refused()
    {
        var error = Assert.Throws<IdcConfigurationException>(() => new SessionSettings("AK", null, null, null, null, null));

        Assert.Contains("without its secret key", error.Message);
    }

    [Fact]
    public void A_secret_without_its_access_key_is_refused()
    {
        Assert.Throws<IdcConfigurationException>(() => new SessionSettings(null, SecureText.From(Secret), null, null, null, null));
    }

    [Fact]
    public void An_empty_secret_counts_as_missing()
    {
        Assert.Throws<IdcConfigurationException>(() => new SessionSettings("AK", SecureText.From(string.Empty), null, null, null, null));
    }

    [Fact]
    public void A_security_token_without_keys_is_refused()
    {
        var error = Assert.Throws<IdcConfigurationException>(() => new SessionSettings(null, null, SecureText.From(Token), null, null, null));

        Assert.Contains("temporary access keys", error.Message);
    }

    [Fact]
    public void Keys_and_a_profile_together_are_refused()
    {
        Assert.Throws<IdcConfigurationException>(() => new SessionSettings("AK", SecureText.From(Secret), null, null, "operations", null));
    }

    [Fact]
    public void The_session_keeps_its_own_read_only_copies_of_the_secrets()
    {
        var secret = SecureText.Writable(Secret);
        var token = SecureText.Writable(Token);

        var settings = new SessionSettings("AK", secret, token, null, null, null);
        secret.Dispose();
        token.Clear();

        Assert.True(settings.SecretAccessKey!.IsReadOnly());
        Assert.Equal(Secret.Length, settings.SecretAccessKey.Length);
        Assert.True(settings.HasSecurityToken);
        Assert.Equal(Token.Length, settings.SecurityToken!.Length);
    }

    [Fact]
    public void ToString_names_the_settings_but_never_a_secret()
    {
        var settings = new SessionSettings("AKSHOWN", SecureText.From(Secret), SecureText.From(Token), "domain-1", null, "http://127.0.0.1:5080");

        var text = settings.ToString();

        Assert.Contains("AKSHOWN", text);
        Assert.Contains("temporary", text);
        Assert.Contains("domain-1", text);
        Assert.Contains("http://127.0.0.1:5080", text);
        Assert.DoesNotContain(Secret, text);
        Assert.DoesNotContain(Token, text);
    }

    [Fact]
    public void No_public_member_returns_a_secret()
    {
        var exposed = typeof(SessionSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.PropertyType);

        Assert.DoesNotContain(typeof(System.Security.SecureString), exposed);
        Assert.DoesNotContain(typeof(byte[]), exposed);
    }
}
