namespace IdentityCenter.Emulator.Http;

/// <summary>Default error code and message for an injected status when the fault names none.</summary>
internal static class FaultResponses
{
    public static string DefaultErrorCode(int status) => status switch
    {
        429 => ErrorCodes.GatewayThrottled,
        503 => ErrorCodes.GatewayServiceUnavailable,
        _ => "IdentityCenter." + status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static string DefaultMessage(int status) => status switch
    {
        429 => "The throttling threshold has been reached.",
        500 => "Internal server error (injected by the emulator).",
        502 => "Bad gateway (injected by the emulator).",
        503 => "The service is unavailable (injected by the emulator).",
        504 => "Gateway timeout (injected by the emulator).",
        _ => $"Error {status} injected by the emulator.",
    };
}
