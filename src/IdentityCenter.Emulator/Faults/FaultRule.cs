namespace IdentityCenter.Emulator.Faults;

/// <summary>
/// One injected failure. Faults are checked after signature verification, so a badly signed
/// request never consumes one. A rule may combine a delay with a status or a drop.
/// </summary>
public sealed class FaultRule
{
    public EmulatorOperation Operation { get; init; } = EmulatorOperation.Any;

    /// <summary>How many matching requests it affects; null means every one until cleared.</summary>
    public int? Count { get; init; }

    /// <summary>Chance (0..1) that a matching request is affected; null means always.</summary>
    public double? Probability { get; init; }

    /// <summary>Seeds the probability draw so a run can be replayed.</summary>
    public int? Seed { get; init; }

    /// <summary>HTTP status to answer with (e.g. 429, 500, 503); null answers normally after any delay.</summary>
    public int? Status { get; init; }

    /// <summary>Sent as Retry-After with the error status.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>error_code of the error body; a status-specific default when null.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>error_msg of the error body; a status-specific default when null.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>Holds the reply this long; a client that gives up frees the request at once.</summary>
    public int? DelayMs { get; init; }

    public FaultDrop Drop { get; init; } = FaultDrop.None;

    /// <summary>
    /// For an asynchronous operation: accept the request as usual, but let it end FAILED with this
    /// failure_reason instead of SUCCEEDED, changing nothing.
    /// </summary>
    public string? Fail { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> for a rule that could not be applied as written.</summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Operation))
        {
            throw new ArgumentException($"operation {Operation} is not a known operation.");
        }

        if (Count is < 1)
        {
            throw new ArgumentException($"count must be at least 1 when given, got {Count}.");
        }

        if (Probability is { } p && (double.IsNaN(p) || p < 0 || p > 1))
        {
            throw new ArgumentException($"probability must be between 0 and 1, got {p}.");
        }

        if (Status is { } status && (status < 400 || status > 599))
        {
            throw new ArgumentException($"status must be an error status from 400 to 599, got {status}.");
        }

        if (RetryAfterSeconds is < 0)
        {
            throw new ArgumentException($"retryAfterSeconds must not be negative, got {RetryAfterSeconds}.");
        }

        if (RetryAfterSeconds is not null && Status is null)
        {
            throw new ArgumentException("retryAfterSeconds needs a status to go with.");
        }

        if (DelayMs is < 0 or > 600_000)
        {
            throw new ArgumentException($"delayMs must be from 0 to 600000, got {DelayMs}.");
        }

        if (!Enum.IsDefined(Drop))
        {
            throw new ArgumentException($"drop {Drop} is not known.");
        }

        if (Drop != FaultDrop.None && Status is not null)
        {
            throw new ArgumentException("A fault either drops the connection or answers a status, not both.");
        }

        if (Fail is not null)
        {
            if (string.IsNullOrWhiteSpace(Fail))
            {
                throw new ArgumentException("fail must be the failure_reason text, got an empty string.");
            }

            if (Status is not null || Drop != FaultDrop.None)
            {
                throw new ArgumentException("A fail fault accepts the request and fails it later; it cannot also answer a status or drop.");
            }

            if (Operation != EmulatorOperation.Any && !Operation.IsAsynchronous())
            {
                throw new ArgumentException(
                    $"fail applies only to asynchronous operations ({string.Join(", ", Enum.GetValues<EmulatorOperation>().Where(static o => o.IsAsynchronous()))}), not {Operation}.");
            }
        }

        if (Drop == FaultDrop.None && Status is null && DelayMs is null && Fail is null)
        {
            throw new ArgumentException("A fault needs at least one of status, delayMs, drop or fail.");
        }
    }

    public override string ToString() =>
        $"Fault {{ Operation = {Operation}, Count = {Count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unlimited"}, Status = {Status}, DelayMs = {DelayMs}, Drop = {Drop}, Fail = {Fail is not null} }}";
}
