using System.Text;
using IdentityCenter.Core.Http;
using IdentityCenter.Core.Signing;
using IdentityCenter.Emulator;

namespace IdentityCenter.Benchmarks;

/// <summary>What the signing handler gives the signer for one typical create: the one request both signers are timed on.</summary>
internal sealed class SigningInputs
{
    private SigningInputs(Uri uri, List<KeyValuePair<string, string>> headers, byte[] body, byte[] secretKey)
    {
        Uri = uri;
        Headers = headers;
        Body = body;
        SecretKey = secretKey;
    }

    public Uri Uri { get; }

    public List<KeyValuePair<string, string>> Headers { get; }

    public byte[] Body { get; }

    public byte[] SecretKey { get; }

    public static SigningInputs TypicalCreate()
    {
        var uri = new Uri(EndpointPolicy.DefaultEndpoint + Benchmarks.TypicalCreate.Path);
        return new SigningInputs(
            uri,
            new List<KeyValuePair<string, string>>
            {
                new("host", SdkHmacSigner.HostHeaderValue(uri)),
                new("x-sdk-date", "20250101T120000Z"),
                new("x-domain-id", EmulatorDefaults.DomainId),
                new("content-type", SigningHandler.JsonContentType),
            },
            Benchmarks.TypicalCreate.Body(Benchmarks.TypicalCreate.Request(Benchmarks.TypicalCreate.Name(1))),
            Encoding.UTF8.GetBytes(EmulatorDefaults.SecretAccessKey));
    }

    public string Header(string name) => Headers.First(h => h.Key == name).Value;

    public string Sign() => Sign(Body);

    public string Sign(byte[] body) => SdkHmacSigner.Authorize("POST", Uri, Headers, body, EmulatorDefaults.AccessKeyId, SecretKey);
}
