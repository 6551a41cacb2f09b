using IdentityCenter.Emulator.Faults;

namespace IdentityCenter.Emulator.Http;

/// <summary>
/// One API request as the emulator saw it. <see cref="StatusCode"/> is 0 when no reply was written
/// (dropped or cancelled).
/// </summary>
public sealed record RequestLogEntry(
    DateTimeOffset Timestamp,
    string RequestId,
    string Method,
    string Path,
    string QueryString,
    int StatusCode,
    bool SignatureVerified,
    string? AccessKeyId,
    EmulatorOperation? Operation,
    string? ErrorCode,
    RequestOutcome Outcome);
