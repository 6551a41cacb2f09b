namespace IdentityCenter.Emulator.Signing;

/// <summary>Why a request's signature was refused; <see cref="None"/> when it verified.</summary>
public enum SignatureFailure
{
    None,
    MissingAuthorization,
    MalformedAuthorization,
    UnsupportedAlgorithm,
    RequiredHeaderNotSigned,
    MissingDate,
    MalformedDate,
    Expired,
    UnknownAccessKey,
    MissingSecurityToken,
    InvalidSecurityToken,
    SignatureMismatch,
}
