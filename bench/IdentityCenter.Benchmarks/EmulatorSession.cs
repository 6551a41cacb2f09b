using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IdentityCenter.Core;
using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Http;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Signing;
using IdentityCenter.Emulator;

namespace IdentityCenter.Benchmarks;

/// <summary>
/// The emulator on a free loopback port, a Core client for it, and the raw floor: one reused HttpClient that sends
/// bytes the Core signer produced ahead of time. The client's credentials carry the domain id, so no call is spent
/// on discovery.
/// </summary>
internal sealed class EmulatorSession : IAsyncDisposable
{
    private readonly EmulatorServer server;
    private readonly HttpClient raw;
    private readonly byte[] secretKey = Encoding.UTF8.GetBytes(EmulatorDefaults.SecretAccessKey);

    private EmulatorSession(EmulatorServer server)
    {
        this.server = server;
        var endpoint = new Uri(server.BaseAddress.GetLeftPart(UriPartial.Authority));
        Client = new IdentityCenterClient(
            new IdcClientOptions { Endpoint = endpoint, IamEndpoint = endpoint },
            new IdcCredentials(EmulatorDefaults.AccessKeyId, EmulatorDefaults.SecretAccessKey, null, EmulatorDefaults.DomainId, "benchmark"));
        CreateUri = new Uri(endpoint, TypicalCreate.Path);

        // Settings as close to the Core pipeline's primary handler as a plain client allows.
        raw = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(30) };
    }

    public IdentityCenterClient Client { get; }

    public Uri CreateUri { get; }

    public static async Task<EmulatorSession> StartAsync()
    {
        var server = await EmulatorServer.StartAsync(new EmulatorOptions { Urls = EmulatorDefaults.InProcessUrl });
        return new EmulatorSession(server);
    }

    public static EmulatorSession Start() => StartAsync().GetAwaiter().GetResult();

    /// <summary>Back to the configured instance with no permission sets and an empty request log.</summary>
    public void Reset() => server.Reset();

    public Task<PermissionSet> CreateAsync(CreatePermissionSetRequest request) => Client.CreatePermissionSetAsync(request);

    /// <summary>Signs a create exactly as the pipeline's signing handler would, with the same header set.</summary>
    public PreSignedCreate PreSign(CreatePermissionSetRequest request)
    {
        var body = TypicalCreate.Body(request);
        var host = SdkHmacSigner.HostHeaderValue(CreateUri);
        var sdkDate = SdkHmacSigner.FormatDate(DateTimeOffset.UtcNow);
        var headers = new List<KeyValuePair<string, string>>
        {
            new("host", host),
            new("x-sdk-date", sdkDate),
            new("x-domain-id", EmulatorDefaults.DomainId),
            new("content-type", SigningHandler.JsonContentType),
        };
        var signature = SdkHmacSigner.Sign("POST", CreateUri, headers, body, EmulatorDefaults.AccessKeyId, secretKey);
        return new PreSignedCreate(CreateUri, body, host, sdkDate, EmulatorDefaults.DomainId, signature.Authorization);
    }

    /// <summary>The floor: send the pre-signed bytes, read the whole reply, nothing else.</summary>
    public async Task<byte[]> SendRawAsync(PreSignedCreate create)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, create.Uri);
        request.Content = new ByteArrayContent(create.Body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(SigningHandler.JsonContentType);
        request.Headers.Host = create.Host;
        request.Headers.TryAddWithoutValidation(HeaderNames.SdkDate, create.SdkDate);
        request.Headers.TryAddWithoutValidation(HeaderNames.DomainId, create.DomainId);
        request.Headers.TryAddWithoutValidation("Authorization", create.Authorization);
        using var response = await raw.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        var reply = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK && response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException("The raw create was answered with HTTP " + (int)response.StatusCode + ".");
        }

        return reply;
    }

    public async ValueTask DisposeAsync()
    {
        raw.Dispose();
        await server.DisposeAsync();
    }
}
