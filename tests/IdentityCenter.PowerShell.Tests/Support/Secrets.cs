using System.Reflection;

namespace IdentityCenter.PowerShell.Tests.Support;

/// <summary>Checks that no text a user could see carries a secret.</summary>
internal static class Secrets
{
    /// <summary>Every public property of an object as text, plus its ToString.</summary>
    public static string Visible(object value) =>
        string.Join(
            "\n",
            value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => p.Name + "=" + p.GetValue(value))
                .Append(value.ToString()));

    public static void AbsentFrom(string text, params string[] secrets)
    {
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }
}
