using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace IdentityCenter.Emulator.Tests;

/// <summary>A response read to the end, with its body parsed when it is JSON.</summary>
internal sealed class ApiReply
{
    public ApiReply(HttpStatusCode status, HttpResponseHeaders headers, HttpContentHeaders contentHeaders, string body)
    {
        Status = (int)status;
        Headers = headers;
        ContentHeaders = contentHeaders;
        Body = body;
    }

    public int Status { get; }

    public HttpResponseHeaders Headers { get; }

    public HttpContentHeaders ContentHeaders { get; }

    public string Body { get; }

    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    public string? RequestIdHeader => Headers.TryGetValues("X-Request-Id", out IEnumerable<string>? values) ? values.Single() : null;

    public string ErrorCode => Json.GetProperty("error_code").GetString()!;

    public string ErrorMessage => Json.GetProperty("error_msg").GetString()!;

    public override string ToString() => $"{Status} {Body}";
}
