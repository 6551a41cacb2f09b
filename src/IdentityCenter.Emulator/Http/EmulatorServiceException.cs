namespace IdentityCenter.Emulator.Http;

/// <summary>
/// A refusal the service would answer with an error body. Thrown by <see cref="EmulatorState"/> so that
/// state seeded from code obeys the same rules as requests over HTTP.
/// </summary>
public sealed class EmulatorServiceException : Exception
{
    public EmulatorServiceException(int statusCode, string errorCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public int StatusCode { get; }

    public string ErrorCode { get; }
}
