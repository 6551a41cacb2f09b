namespace IdentityCenter.Benchmarks;

/// <summary>Medians over the rounds of an interleaved measurement; times are microseconds per call.</summary>
internal sealed record InterleavedResult(double RawMicroseconds, double CoreMicroseconds, double Ratio, int Rounds, int CallsPerBlock);
