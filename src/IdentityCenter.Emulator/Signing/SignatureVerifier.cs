using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IdentityCenter.Emulator.Signing;

/// <summary>
/// Verifies SDK-HMAC-SHA256 signatures the way the API gateway in front of the service does.
/// Pure: no HTTP types, no clock of its own, so it can be proven against the official vectors.
/// </summary>
public sealed class SignatureVerifier
{
    public const string DateHeader = "X-Sdk-Date";
    public const string ContentSha256Header = "X-Sdk-Content-Sha256";
    public const string SecurityTokenHeader = "X-Security-Token";
    public const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

    private const string MessagePrefix = "Incorrect IAM authentication information: ";

    private readonly Func<string, SigningCredential?> _credentialLookup;
    private readonly TimeSpan _maxClockSkew;

    /// <param name="credentialLookup">Returns the credential for an access key id, or null when unknown.</param>
    /// <param name="maxClockSkew">Largest accepted distance between X-Sdk-Date and now; 15 minutes when null.</param>
    public SignatureVerifier(Func<string, SigningCredential?> credentialLookup, TimeSpan? maxClockSkew = null)
    {
        _credentialLookup = credentialLookup ?? throw new ArgumentNullException(nameof(credentialLookup));
        _maxClockSkew = maxClockSkew ?? EmulatorDefaults.MaxClockSkew;
    }

    /// <param name="method">HTTP method as received.</param>
    /// <param name="rawPath">Path exactly as on the request line, still percent-encoded.</param>
    /// <param name="rawQuery">Query string as on the request line, with or without the leading '?'.</param>
    /// <param name="headers">All request headers; repeated names allowed.</param>
    /// <param name="body">The exact body bytes received.</param>
    /// <param name="now">The server clock.</param>
    public SignatureVerificationResult Verify(
        string method,
        string rawPath,
        string? rawQuery,
        IEnumerable<KeyValuePair<string, string>> headers,
        ReadOnlySpan<byte> body,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(headers);
        List<KeyValuePair<string, string>> headerList = headers.ToList();

        string? authorization = FirstValue(headerList, "Authorization");
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return Fail(SignatureFailure.MissingAuthorization, "the Authorization header is missing");
        }

        AuthorizationHeader? parsed = AuthorizationHeader.TryParse(authorization, out string? parseError);
        if (parsed is null)
        {
            return Fail(SignatureFailure.MalformedAuthorization, parseError!);
        }

        if (!string.Equals(parsed.Algorithm, AuthorizationHeader.HmacSha256, StringComparison.Ordinal))
        {
            return Fail(SignatureFailure.UnsupportedAlgorithm, $"unsupported signing algorithm {parsed.Algorithm}", parsed.AccessKeyId);
        }

        string payloadHash = FirstValue(headerList, ContentSha256Header)?.Trim() ?? HexSha256(body);
        string canonicalRequest = CanonicalRequestBuilder.Build(method, rawPath, rawQuery, headerList, parsed.SignedHeaders, payloadHash);

        if (!parsed.SignedHeaders.Contains("x-sdk-date") || !parsed.SignedHeaders.Contains("host"))
        {
            return Fail(
                SignatureFailure.RequiredHeaderNotSigned,
                $"SignedHeaders must include x-sdk-date and host, got {string.Join(';', parsed.SignedHeaders)}",
                parsed.AccessKeyId,
                canonicalRequest);
        }

        string? date = FirstValue(headerList, DateHeader)?.Trim();
        if (string.IsNullOrEmpty(date))
        {
            return Fail(SignatureFailure.MissingDate, "signature expired, the X-Sdk-Date header is missing", parsed.AccessKeyId, canonicalRequest);
        }

        if (!DateTimeOffset.TryParseExact(date, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset signedAt))
        {
            return Fail(
                SignatureFailure.MalformedDate,
                $"signature expired, X-Sdk-Date {date} is not in the form yyyyMMddTHHmmssZ",
                parsed.AccessKeyId,
                canonicalRequest);
        }

        if ((now - signedAt).Duration() > _maxClockSkew)
        {
            return Fail(
                SignatureFailure.Expired,
                $"signature expired, signature time {date} server time {now.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture)}",
                parsed.AccessKeyId,
                canonicalRequest);
        }

        SigningCredential? credential = _credentialLookup(parsed.AccessKeyId);
        if (credential is null)
        {
            return Fail(SignatureFailure.UnknownAccessKey, $"ak {parsed.AccessKeyId} not exist", parsed.AccessKeyId, canonicalRequest);
        }

        if (credential.SecurityToken is not null)
        {
            string? token = FirstValue(headerList, SecurityTokenHeader)?.Trim();
            if (string.IsNullOrEmpty(token))
            {
                return Fail(
                    SignatureFailure.MissingSecurityToken,
                    $"ak {parsed.AccessKeyId} is temporary and needs the X-Security-Token header",
                    parsed.AccessKeyId,
                    canonicalRequest,
                    credential: credential);
            }

            if (!FixedTimeEquals(token, credential.SecurityToken))
            {
                return Fail(
                    SignatureFailure.InvalidSecurityToken,
                    $"the security token does not belong to ak {parsed.AccessKeyId}",
                    parsed.AccessKeyId,
                    canonicalRequest,
                    credential: credential);
            }
        }

        string stringToSign = BuildStringToSign(date, canonicalRequest);
        byte[] expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(credential.SecretAccessKey), Encoding.UTF8.GetBytes(stringToSign));
        if (!SignatureMatches(parsed.Signature, expected))
        {
            return Fail(
                SignatureFailure.SignatureMismatch,
                "verify aksk signature fail, canonicalRequest:" + canonicalRequest.Replace('\n', '|'),
                parsed.AccessKeyId,
                canonicalRequest,
                stringToSign,
                credential);
        }

        return new SignatureVerificationResult(SignatureFailure.None, null, parsed.AccessKeyId, canonicalRequest, stringToSign, credential);
    }

    /// <summary>"SDK-HMAC-SHA256\n&lt;date&gt;\n&lt;hex sha256(canonical request)&gt;".</summary>
    public static string BuildStringToSign(string sdkDate, string canonicalRequest) =>
        AuthorizationHeader.HmacSha256 + "\n" + sdkDate + "\n" + HexSha256(Encoding.UTF8.GetBytes(canonicalRequest));

    public static string HexSha256(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    private static bool SignatureMatches(string provided, byte[] expected)
    {
        if (provided.Length != expected.Length * 2)
        {
            return false;
        }

        byte[] providedBytes;
        try
        {
            providedBytes = Convert.FromHexString(provided);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(providedBytes, expected);
    }

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));

    private static string? FirstValue(List<KeyValuePair<string, string>> headers, string name)
    {
        foreach (KeyValuePair<string, string> header in headers)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }

        return null;
    }

    private static SignatureVerificationResult Fail(
        SignatureFailure failure,
        string detail,
        string? accessKeyId = null,
        string? canonicalRequest = null,
        string? stringToSign = null,
        SigningCredential? credential = null) =>
        new(failure, MessagePrefix + detail, accessKeyId, canonicalRequest, stringToSign, credential);
}
