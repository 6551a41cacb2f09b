namespace IdentityCenter.Benchmarks;

/// <param name="ExpectedSamplesIfBuiltPerCall">
/// How many samples a 64-byte object built on every call would have drawn in this run: the confidence that a
/// zero means none was built.
/// </param>
internal sealed record CensusResult(
    int Calls,
    int PipelinesBuilt,
    long ConnectionsOpened,
    long Samples,
    IReadOnlyList<string> FlaggedSamples,
    double ExpectedSamplesIfBuiltPerCall);
