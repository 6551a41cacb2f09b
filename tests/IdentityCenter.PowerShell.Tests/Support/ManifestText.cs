using System.Text.RegularExpressions;

namespace IdentityCenter.PowerShell.Tests.Support;

/// <summary>
/// Reads the simple values of a module manifest's text: <c>Key = 'text'</c> and <c>Key = @('a', 'b')</c>. Enough for
/// the keys the manifest sets; a value written another way reads as missing and fails the test that needs it.
/// </summary>
internal sealed class ManifestText
{
    private readonly string text;

    public ManifestText(string text) => this.text = StripComments(text);

    public string? Scalar(string key)
    {
        var match = Regex.Match(text, @"(?m)^\s*" + Regex.Escape(key) + @"\s*=\s*'(?<value>[^']*)'");
        return match.Success ? match.Groups["value"].Value : null;
    }

    public IReadOnlyList<string>? List(string key)
    {
        var match = Regex.Match(text, @"(?m)^\s*" + Regex.Escape(key) + @"\s*=\s*@\((?<items>[^)]*)\)");
        if (!match.Success)
        {
            return null;
        }

        return Regex.Matches(match.Groups["items"].Value, "'(?<item>[^']*)'").Select(m => m.Groups["item"].Value).ToList();
    }

    public int CountLines(string pattern) => Regex.Matches(text, pattern, RegexOptions.Multiline).Count;

    private static string StripComments(string text) => Regex.Replace(text, @"(?m)^\s*#.*$", string.Empty);
}
