using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace IdentityCenter.Emulator.Tests;

/// <summary>Sends signed requests to an emulator over a real loopback connection.</summary>
internal sealed class SignedClient : IDisposable
{
    public const string InstancePath = "v1/instances/" + EmulatorDefaults.InstanceId;
    public const string PermissionSetsPath = InstancePath + "/permission-sets";

    private readonly HttpClient _http;

    public SignedClient(EmulatorServer server, TestCredentials? credentials = null)
    {
        _http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Credentials = credentials ?? TestCredentials.Permanent;
    }

    public TestCredentials Credentials { get; set; }

    /// <summary>The X-Sdk-Date to sign with; the real clock unless a test moves it.</summary>
    public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

    public HttpClient Http => _http;

    public HttpRequestMessage Create(HttpMethod method, string relativeUrl, string? jsonBody = null)
    {
        var request = new HttpRequestMessage(method, new Uri(_http.BaseAddress!, relativeUrl));
        byte[] body = jsonBody is null ? Array.Empty<byte>() : Encoding.UTF8.GetBytes(jsonBody);
        if (jsonBody is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        TestSigner.Sign(request, body, Credentials, Clock());
        return request;
    }

    public async Task<ApiReply> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        using HttpResponseMessage response = await _http.SendAsync(request, cancellationToken);
        string body = await response.Content.ReadAsStringAsync(cancellationToken);
        return new ApiReply(response.StatusCode, response.Headers, response.Content.Headers, body);
    }

    public Task<ApiReply> SendAsync(HttpMethod method, string relativeUrl, string? jsonBody = null, CancellationToken cancellationToken = default) =>
        SendAsync(Create(method, relativeUrl, jsonBody), cancellationToken);

    public Task<ApiReply> GetAsync(string relativeUrl) => SendAsync(HttpMethod.Get, relativeUrl);

    public Task<ApiReply> DeleteAsync(string relativeUrl) => SendAsync(HttpMethod.Delete, relativeUrl);

    public Task<ApiReply> PostJsonAsync(string relativeUrl, object body) => SendAsync(HttpMethod.Post, relativeUrl, JsonSerializer.Serialize(body));

    public Task<ApiReply> PutJsonAsync(string relativeUrl, object body) => SendAsync(HttpMethod.Put, relativeUrl, JsonSerializer.Serialize(body));

    public Task<ApiReply> CreatePermissionSetAsync(object body) => PostJsonAsync(PermissionSetsPath, body);

    /// <summary>Creates a permission set and returns its id, failing the test if the call fails.</summary>
    public async Task<string> CreatePermissionSetIdAsync(string name, string? description = null)
    {
        ApiReply reply = await CreatePermissionSetAsync(new { name, description });
        Assert.True(reply.Status == 200, reply.ToString());
        return reply.Json.GetProperty("permission_set").GetProperty("permission_set_id").GetString()!;
    }

    /// <summary>Unsigned access to the /_emulator admin API.</summary>
    public async Task<ApiReply> AdminAsync(HttpMethod method, string relativeUrl, string? jsonBody = null)
    {
        using var request = new HttpRequestMessage(method, relativeUrl);
        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
        }

        return await SendAsync(request);
    }

    public void Dispose() => _http.Dispose();
}
