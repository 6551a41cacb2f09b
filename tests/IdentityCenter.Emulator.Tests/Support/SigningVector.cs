using System.Text;
using System.Text.Json;

namespace IdentityCenter.Emulator.Tests;

/// <summary>One entry of TestData/signing-vectors.json, reduced to what a server receives.</summary>
public sealed class SigningVector
{
    private static readonly Lazy<IReadOnlyList<SigningVector>> All = new(Load);

    private SigningVector(JsonElement vector)
    {
        Name = vector.GetProperty("name").GetString()!;
        JsonElement input = vector.GetProperty("input");
        JsonElement expected = vector.GetProperty("expected");
        Method = input.GetProperty("method").GetString()!;
        Body = Encoding.UTF8.GetBytes(input.GetProperty("body").GetString()!);
        AccessKeyId = input.GetProperty("ak").GetString()!;
        SecretAccessKey = input.GetProperty("sk").GetString()!;
        SdkDate = input.GetProperty("sdkDate").GetString()!;
        SecurityToken = input.TryGetProperty("securityToken", out JsonElement token) ? token.GetString() : null;
        DomainId = input.TryGetProperty("domainId", out JsonElement domain) ? domain.GetString() : null;
        CanonicalRequest = expected.GetProperty("canonicalRequest").GetString()!;
        StringToSign = expected.GetProperty("stringToSign").GetString()!;
        Headers = expected.GetProperty("allHeadersAfterSigning").EnumerateObject()
            .Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!))
            .ToArray();

        // The path comes from the URL as given; the query from it too, or, when the vector passes its
        // query as a separate object, from the URL that went on the wire.
        string url = input.GetProperty("url").GetString()!;
        string wireUrl = expected.GetProperty("wireUrl").GetString()!;
        (RawPath, string query) = SplitTarget(url);
        RawQuery = query.Length > 0 ? query : SplitTarget(wireUrl).Query;
    }

    public string Name { get; }

    public string Method { get; }

    public string RawPath { get; }

    public string RawQuery { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    public byte[] Body { get; }

    public string AccessKeyId { get; }

    public string SecretAccessKey { get; }

    public string? SecurityToken { get; }

    public string? DomainId { get; }

    public string SdkDate { get; }

    public DateTimeOffset SignedAt => DateTimeOffset.ParseExact(
        SdkDate, "yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);

    public string CanonicalRequest { get; }

    public string StringToSign { get; }

    public string Header(string name) => Headers.First(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public static IReadOnlyList<SigningVector> Vectors => All.Value;

    public static SigningVector Named(string name) => Vectors.Single(v => v.Name == name);

    public static IEnumerable<object[]> Names => Vectors.Select(v => new object[] { v.Name });

    public override string ToString() => Name;

    private static (string Path, string Query) SplitTarget(string url)
    {
        int pathStart = url.IndexOf('/', url.IndexOf("://", StringComparison.Ordinal) + 3);
        string target = url[pathStart..];
        int question = target.IndexOf('?', StringComparison.Ordinal);
        return question < 0 ? (target, string.Empty) : (target[..question], target[(question + 1)..]);
    }

    private static IReadOnlyList<SigningVector> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", "signing-vectors.json");
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.GetProperty("vectors").EnumerateArray().Select(v => new SigningVector(v)).ToArray();
    }
}
