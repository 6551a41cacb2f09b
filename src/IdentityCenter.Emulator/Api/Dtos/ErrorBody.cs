namespace IdentityCenter.Emulator;

/// <summary>The service's error shape: {error_code, error_msg, request_id}.</summary>
internal sealed record ErrorBody(string ErrorCode, string ErrorMsg, string RequestId);
