using System.Text;
using System.Text.Json;
using IdentityCenter.Core.Diagnostics;

namespace IdentityCenter.Core.Errors
{
    /// <summary>
    /// Turns any error reply into one <see cref="IdcServiceException"/>: the service's
    /// <c>{error_code, error_msg, request_id}</c>, the gateway's <c>{"error":{"code","message"}}</c>, an empty body or
    /// a body that is not JSON at all.
    /// </summary>
    internal static class ServiceErrorParser
    {
        /// <param name="secrets">The call's secrets, masked in everything quoted from the reply, whatever its shape.</param>
        public static IdcServiceException Parse(int statusCode, byte[] body, string? requestIdHeader, CallSecrets? secrets = null)
        {
            string? code = null;
            string? message = null;
            string? requestId = null;
            string? encoded = null;
            if (body.Length > 0)
            {
                try
                {
                    using var document = JsonDocument.Parse(body);
                    if (document.RootElement.ValueKind == JsonValueKind.Object)
                    {
                        Collect(document.RootElement, ref code, ref message, ref requestId, ref encoded, depth: 0);
                    }
                }
                catch (JsonException)
                {
                    // Not JSON: the raw text is the best message there is.
                }
            }

            if (message == null)
            {
                message = body.Length == 0 ? DefaultMessage(statusCode) : Encoding.UTF8.GetString(body).Trim();
            }

            // A refused signature is answered with the gateway's canonical request, security token included; a proxy
            // or a wrong endpoint may echo every request header.
            return new IdcServiceException(
                statusCode,
                QuotedText.OrNull(code, secrets),
                QuotedText.Of(message, secrets),
                QuotedText.OrNull(requestId ?? requestIdHeader, secrets),
                QuotedText.OrNull(encoded, secrets));
        }

        private static void Collect(JsonElement element, ref string? code, ref string? message, ref string? requestId, ref string? encoded, int depth)
        {
            code ??= Text(element, "error_code") ?? Text(element, "code");
            message ??= Text(element, "error_msg") ?? Text(element, "message");
            requestId ??= Text(element, "request_id");
            encoded ??= Text(element, "encoded_authorization_message");
            if ((code != null && message != null) || depth >= 3)
            {
                return;
            }

            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Object)
                {
                    Collect(property.Value, ref code, ref message, ref requestId, ref encoded, depth + 1);
                }
            }
        }

        private static string? Text(JsonElement element, string name)
        {
            if (!element.TryGetProperty(name, out var value))
            {
                return null;
            }

            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            };
        }

        private static string DefaultMessage(int statusCode) => statusCode switch
        {
            400 => "The request was rejected as invalid (empty reply).",
            401 => "The request was not authenticated (empty reply).",
            403 => "The request was denied (empty reply).",
            404 => "The resource was not found (empty reply).",
            409 => "The request conflicts with the current state (empty reply).",
            429 => "Too many requests (empty reply).",
            _ => "The service answered HTTP " + statusCode + " with an empty reply.",
        };
    }
}
