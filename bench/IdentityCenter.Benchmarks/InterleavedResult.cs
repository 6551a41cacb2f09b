namespace IdentityCenter.Benchmarks;

/// <summary>
/// Medians over the rounds of an interleaved measurement; times are microseconds per call, and the bytes are those
/// one block of each path allocated per call, in the whole process.
/// </summary>
internal sealed record InterleavedResult(double RawMicroseconds, double CoreMicroseconds, double Ratio, int Rounds, int CallsPerBlock, long RawBytesPerCall, long CoreBytesPerCall);
