namespace IdentityCenter.Emulator.Http;

/// <summary>A reply computed but not yet written, so a drop-after fault can still discard it.</summary>
internal sealed record ApiResponse(int StatusCode, object? Body)
{
    public static ApiResponse Empty { get; } = new(200, null);

    public static ApiResponse Ok(object body) => new(200, body);
}
