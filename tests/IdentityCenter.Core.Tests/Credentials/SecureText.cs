using System.Security;

namespace IdentityCenter.Core.Tests.Credentials;

public static class SecureText
{
    public static SecureString From(string text)
    {
        var secure = new SecureString();
        foreach (var c in text)
        {
            secure.AppendChar(c);
        }

        secure.MakeReadOnly();
        return secure;
    }

    /// <summary>A SecureString its owner may still change or dispose, as a caller's can be.</summary>
    public static SecureString Writable(string text)
    {
        var secure = new SecureString();
        foreach (var c in text)
        {
            secure.AppendChar(c);
        }

        return secure;
    }
}
