using System.Text.Json;
using IdentityCenter.Emulator.Api;
using Microsoft.AspNetCore.Http;

namespace IdentityCenter.Emulator.Http;

/// <summary>Writes replies in the service's wire format.</summary>
internal static class ResponseWriter
{
    public const string JsonContentType = "application/json;charset=UTF-8";
    public const string TextContentType = "text/plain;charset=UTF-8";

    public static Task WriteAsync(HttpContext context, ApiResponse response, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = response.StatusCode;
        if (response.Body is null)
        {
            // 204 may carry no Content-Length; the service's empty 200s do carry "0".
            if (response.StatusCode != StatusCodes.Status204NoContent)
            {
                context.Response.ContentLength = 0;
            }

            return Task.CompletedTask;
        }

        if (response.Body is TextBody text)
        {
            byte[] plain = System.Text.Encoding.UTF8.GetBytes(text.Text);
            context.Response.ContentType = TextContentType;
            context.Response.ContentLength = plain.Length;
            return context.Response.Body.WriteAsync(plain, cancellationToken).AsTask();
        }

        byte[] bytes = JsonSerializer.SerializeToUtf8Bytes(response.Body, response.Body.GetType(), options);
        context.Response.ContentType = JsonContentType;
        context.Response.ContentLength = bytes.Length;
        return context.Response.Body.WriteAsync(bytes, cancellationToken).AsTask();
    }

    public static Task WriteErrorAsync(HttpContext context, int statusCode, string errorCode, string message, string requestId, CancellationToken cancellationToken) =>
        WriteAsync(context, new ApiResponse(statusCode, new ErrorBody(errorCode, message, requestId)), JsonDefaults.Wire, cancellationToken);
}
