using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using IdentityCenter.Emulator.Faults;
using IdentityCenter.Emulator.Http;

namespace IdentityCenter.Emulator.Api;

/// <summary>
/// The ECS/BMS metadata endpoints SDK credential providers call on a cloud server: a session token, then
/// the temporary credential of the server's agency. They are unsigned, like the real ones. The credential
/// is the emulator's temporary key set, so what they hand out is what the gateway accepts.
/// </summary>
internal sealed class MetadataHandlers : IApiArea
{
    public const string TokenTtlHeader = "X-Metadata-Token-Ttl-Seconds";
    public const string TokenHeader = "X-Metadata-Token";
    public const string AgencyMissingMessage = "Please configure Cloud Service Agency first";
    public const int MaxTokenTtlSeconds = 21600;

    private readonly EmulatorOptions _options;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);
    private volatile bool _agencyMissing;

    public MetadataHandlers(EmulatorOptions options)
    {
        _options = options;
        _agencyMissing = options.MetadataAgencyMissing;
    }

    /// <summary>Switched by /_emulator/metadata: the server then has no agency, and the credential call answers 401.</summary>
    public bool AgencyMissing
    {
        get => _agencyMissing;
        set => _agencyMissing = value;
    }

    public IEnumerable<(EmulatorOperation Operation, Func<ApiCall, ApiResponse> Handler)> Handlers() => new (EmulatorOperation, Func<ApiCall, ApiResponse>)[]
    {
        (EmulatorOperation.GetMetadataToken, IssueToken),
        (EmulatorOperation.GetSecurityKey, SecurityKey),
    };

    /// <summary>Forgets issued tokens and goes back to the configured agency setting.</summary>
    public void Reset()
    {
        _tokens.Clear();
        _agencyMissing = _options.MetadataAgencyMissing;
    }

    private ApiResponse IssueToken(ApiCall call)
    {
        string? raw = call.Headers[TokenTtlHeader].FirstOrDefault();
        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int ttl) || ttl < 1 || ttl > MaxTokenTtlSeconds)
        {
            throw new EmulatorServiceException(
                400,
                ErrorCodes.MetadataBadRequest,
                $"{TokenTtlHeader} must be a whole number of seconds from 1 to {MaxTokenTtlSeconds}, got '{raw}'.");
        }

        string token = RandomNumberGenerator.GetHexString(48, lowercase: true);
        _tokens[token] = _options.TimeProvider.GetUtcNow().AddSeconds(ttl);
        return new ApiResponse(200, new TextBody(token));
    }

    private ApiResponse SecurityKey(ApiCall call)
    {
        DateTimeOffset now = _options.TimeProvider.GetUtcNow();
        string? token = call.Headers[TokenHeader].FirstOrDefault();
        if (token is not null && !(_tokens.TryGetValue(token, out DateTimeOffset expires) && expires > now))
        {
            // Without the agency text, so a client refreshes its token and tries once more.
            throw new EmulatorServiceException(401, ErrorCodes.MetadataUnauthorized, "The metadata session token is unknown or expired.");
        }

        if (_agencyMissing)
        {
            throw new EmulatorServiceException(401, ErrorCodes.MetadataUnauthorized, AgencyMissingMessage);
        }

        DateTimeOffset expiresAt = now + _options.MetadataCredentialLifetime;
        return ApiResponse.Ok(new SecurityKeyDto(new MetadataCredentialDto(
            _options.TemporaryAccessKeyId,
            _options.TemporarySecretAccessKey,
            _options.SecurityToken,
            expiresAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture))));
    }
}
