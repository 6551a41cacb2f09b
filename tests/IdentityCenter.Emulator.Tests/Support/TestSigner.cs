using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IdentityCenter.Emulator.Tests;

/// <summary>
/// A client-side SDK-HMAC-SHA256 signer written apart from the emulator's verifier (it leans on
/// Uri.EscapeDataString instead of a hand-written encoder), so the two do not share a mistake.
/// </summary>
internal static class TestSigner
{
    public static string FormatDate(DateTimeOffset when) =>
        when.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Adds X-Sdk-Date, Host, the identity headers and Authorization to <paramref name="request"/>.</summary>
    /// <returns>The canonical request that was signed.</returns>
    public static string Sign(HttpRequestMessage request, byte[] body, TestCredentials credentials, DateTimeOffset when)
    {
        Uri uri = request.RequestUri ?? throw new ArgumentException("The request has no URI.");
        var signed = new SortedDictionary<string, string>(StringComparer.Ordinal);

        string date = FormatDate(when);
        request.Headers.Remove("X-Sdk-Date");
        request.Headers.TryAddWithoutValidation("X-Sdk-Date", date);
        signed["x-sdk-date"] = date;

        request.Headers.Host = uri.Authority;
        signed["host"] = uri.Authority;

        if (credentials.DomainId is not null)
        {
            request.Headers.Remove("X-Domain-Id");
            request.Headers.TryAddWithoutValidation("X-Domain-Id", credentials.DomainId);
            signed["x-domain-id"] = credentials.DomainId;
        }

        if (credentials.SecurityToken is not null)
        {
            request.Headers.Remove("X-Security-Token");
            request.Headers.TryAddWithoutValidation("X-Security-Token", credentials.SecurityToken);
            signed["x-security-token"] = credentials.SecurityToken;
        }

        if (request.Content?.Headers.ContentType is { } contentType)
        {
            signed["content-type"] = contentType.ToString();
        }

        string signedHeaders = string.Join(";", signed.Keys);
        var canonical = new StringBuilder();
        canonical.Append(request.Method.Method).Append('\n');
        canonical.Append(CanonicalPath(uri.AbsolutePath)).Append('\n');
        canonical.Append(CanonicalQuery(uri.Query)).Append('\n');
        foreach (KeyValuePair<string, string> header in signed)
        {
            canonical.Append(header.Key).Append(':').Append(header.Value.Trim()).Append('\n');
        }

        canonical.Append('\n').Append(signedHeaders).Append('\n');
        canonical.Append(Convert.ToHexString(SHA256.HashData(body)).ToLowerInvariant());

        string canonicalRequest = canonical.ToString();
        string stringToSign = "SDK-HMAC-SHA256\n" + date + "\n"
            + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))).ToLowerInvariant();
        string signature = Convert.ToHexString(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(credentials.SecretAccessKey), Encoding.UTF8.GetBytes(stringToSign))).ToLowerInvariant();

        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation(
            "Authorization",
            $"SDK-HMAC-SHA256 Access={credentials.AccessKeyId}, SignedHeaders={signedHeaders}, Signature={signature}");
        return canonicalRequest;
    }

    private static string CanonicalPath(string escapedPath)
    {
        string path = string.Join("/", escapedPath.Split('/').Select(segment => Uri.EscapeDataString(Uri.UnescapeDataString(segment))));
        return path.EndsWith('/') ? path : path + "/";
    }

    private static string CanonicalQuery(string query)
    {
        if (query.Length <= 1)
        {
            return string.Empty;
        }

        return string.Join("&", query[1..]
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair =>
            {
                string[] parts = pair.Split('=', 2);
                return (Key: Uri.UnescapeDataString(parts[0]), Value: parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty);
            })
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
    }
}
