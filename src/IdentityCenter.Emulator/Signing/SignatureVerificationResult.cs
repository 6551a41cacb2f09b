namespace IdentityCenter.Emulator.Signing;

/// <summary>Outcome of <see cref="SignatureVerifier.Verify"/>.</summary>
public sealed class SignatureVerificationResult
{
    internal SignatureVerificationResult(
        SignatureFailure failure,
        string? message,
        string? accessKeyId,
        string? canonicalRequest,
        string? stringToSign,
        SigningCredential? credential)
    {
        Failure = failure;
        Message = message;
        AccessKeyId = accessKeyId;
        CanonicalRequest = canonicalRequest;
        StringToSign = stringToSign;
        Credential = credential;
    }

    public bool IsValid => Failure == SignatureFailure.None;

    public SignatureFailure Failure { get; }

    /// <summary>The gateway's error_msg for a failure (APIGW.0301 wording); null when valid.</summary>
    public string? Message { get; }

    /// <summary>The Access= value, when the Authorization header could be parsed.</summary>
    public string? AccessKeyId { get; }

    /// <summary>The server-side canonical request, when the Authorization header could be parsed.</summary>
    public string? CanonicalRequest { get; }

    public string? StringToSign { get; }

    /// <summary>The matched credential, when the access key is known.</summary>
    public SigningCredential? Credential { get; }
}
