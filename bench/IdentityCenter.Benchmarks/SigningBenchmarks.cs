using System.Text;
using BenchmarkDotNet.Attributes;
using IdentityCenter.Core.Http;
using IdentityCenter.Core.Signing;
using IdentityCenter.Emulator;

namespace IdentityCenter.Benchmarks;

/// <summary>(a) Signing one typical create, with the inputs the signing handler gives the signer.</summary>
[MemoryDiagnoser]
public class SigningBenchmarks
{
    private Uri uri = null!;
    private List<KeyValuePair<string, string>> headers = null!;
    private byte[] body = null!;
    private byte[] secretKey = null!;

    [GlobalSetup]
    public void Setup()
    {
        uri = new Uri(EndpointPolicy.DefaultEndpoint + TypicalCreate.Path);
        body = TypicalCreate.Body(TypicalCreate.Request(TypicalCreate.Name(1)));
        secretKey = Encoding.UTF8.GetBytes(EmulatorDefaults.SecretAccessKey);
        headers = new List<KeyValuePair<string, string>>
        {
            new("host", SdkHmacSigner.HostHeaderValue(uri)),
            new("x-sdk-date", "20250101T120000Z"),
            new("x-domain-id", EmulatorDefaults.DomainId),
            new("content-type", SigningHandler.JsonContentType),
        };
    }

    [Benchmark]
    public string SignCreate() =>
        SdkHmacSigner.Authorize("POST", uri, headers, body, EmulatorDefaults.AccessKeyId, secretKey);
}
