namespace IdentityCenter.Benchmarks;

/// <summary>
/// The command line: the short mode is the default; --long takes more iterations and rounds; --signing runs only
/// the signing benchmark, for working on the signer; --memory runs only the memory check.
/// </summary>
internal sealed record BenchOptions(bool Long, bool SigningOnly, bool MemoryOnly)
{
    public int IterationCount => Long ? 30 : 10;

    public int WarmupCount => Long ? 5 : 3;

    public int IterationMilliseconds => Long ? 500 : 250;

    public int InterleavedRounds => Long ? 120 : 40;

    public int InterleavedCallsPerBlock => 100;

    public string Mode => Long ? "long" : "short";

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var isLong = false;
        var signingOnly = false;
        var memoryOnly = false;
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "--long":
                    isLong = true;
                    break;
                case "--short":
                    isLong = false;
                    break;
                case "--signing":
                    signingOnly = true;
                    break;
                case "--memory":
                    memoryOnly = true;
                    break;
                default:
                    throw new ArgumentException("Unknown argument '" + arg + "'. Use --short (the default), --long, --signing or --memory.");
            }
        }

        return new BenchOptions(isLong, signingOnly, memoryOnly);
    }
}
