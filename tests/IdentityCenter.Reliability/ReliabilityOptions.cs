namespace IdentityCenter.Reliability;

/// <summary>How large a reliability run is and how hostile the emulator is during it.</summary>
public sealed class ReliabilityOptions
{
    public int Creates { get; set; } = 1000;

    /// <summary>Policy puts, one per created permission set, up to the number created.</summary>
    public int PolicyPuts { get; set; } = 1000;

    /// <summary>Account assignments of the created sets, started a few at a time and then waited for together.</summary>
    public int Assignments { get; set; } = 500;

    /// <summary>The share of replies answered 429 (half) or 503 (half).</summary>
    public double ThrottleShare { get; set; } = 0.20;

    /// <summary>The share of requests whose connection is dropped (half before the change is committed, half after).</summary>
    public double DropShare { get; set; } = 0.02;

    public int Seed { get; set; } = 4242;

    public override string ToString() =>
        $"{Creates} creates, {PolicyPuts} policy puts, {Assignments} account assignments, {ThrottleShare:P0} of replies 429/503, {DropShare:P0} dropped connections, seed {Seed}";
}
