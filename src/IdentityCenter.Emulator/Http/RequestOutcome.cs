namespace IdentityCenter.Emulator.Http;

/// <summary>How a logged request ended.</summary>
public enum RequestOutcome
{
    /// <summary>A reply (success or error) was written.</summary>
    Answered,

    /// <summary>A drop fault aborted the connection.</summary>
    Dropped,

    /// <summary>The client went away (or the server stopped) while the request was held.</summary>
    Cancelled,
}
