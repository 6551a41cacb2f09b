namespace IdentityCenter.Benchmarks;

/// <summary>
/// The command line: the short mode is the default; --long takes more iterations and rounds; --signing runs only
/// the signing benchmark (and the Node signer beside it), for working on the signer; --policy only the policy check;
/// --memory only the memory check; --roundtrip only the interleaved rounds of (c) and (d). --node-signer DIR names the installed Node signer bench (bench/run passes it).
/// --core-loop SECONDS only sends creates through the Core client for that long and times nothing else: a steady
/// load to record with a profiler (dotnet-trace collect -- dotnet IdentityCenter.Benchmarks.dll --core-loop 20).
/// </summary>
internal sealed record BenchOptions(bool Long, bool SigningOnly, bool PolicyOnly, bool MemoryOnly, bool RoundTripOnly, string? NodeSignerDirectory, int CoreLoopSeconds)
{
    public int IterationCount => Long ? 30 : 10;

    public int WarmupCount => Long ? 5 : 3;

    public int IterationMilliseconds => Long ? 500 : 250;

    public int InterleavedRounds => Long ? 120 : 40;

    public int InterleavedCallsPerBlock => 100;

    /// <summary>Rounds of the interleaved (f) ratio; each round is this many checks and as many parses.</summary>
    public int PolicyRounds => Long ? 61 : 21;

    public int PolicyCallsPerBlock => 20;

    /// <summary>Rounds of (d): each round is 1,000 creates by each path.</summary>
    public int ThousandRounds => Long ? 21 : 9;

    /// <summary>Rounds of the Node signer comparison; each round is this many signatures by each signer.</summary>
    public int NodeRounds => Long ? 61 : 21;

    public int NodeSignaturesPerRound => 2000;

    public string Mode => Long ? "long" : "short";

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var isLong = false;
        var signingOnly = false;
        var policyOnly = false;
        var memoryOnly = false;
        var roundTripOnly = false;
        string? nodeSigner = null;
        var coreLoopSeconds = 0;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
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
                case "--policy":
                    policyOnly = true;
                    break;
                case "--memory":
                    memoryOnly = true;
                    break;
                case "--roundtrip":
                    roundTripOnly = true;
                    break;
                case "--core-loop" when i + 1 < args.Count && int.TryParse(args[i + 1], out var seconds) && seconds > 0:
                    coreLoopSeconds = seconds;
                    i++;
                    break;
                case "--node-signer" when i + 1 < args.Count:
                    nodeSigner = args[++i];
                    break;
                default:
                    throw new ArgumentException("Unknown argument '" + args[i] + "'. Use --short (the default), --long, --signing, --policy, --memory, --roundtrip, --core-loop SECONDS or --node-signer DIR.");
            }
        }

        return new BenchOptions(isLong, signingOnly, policyOnly, memoryOnly, roundTripOnly, nodeSigner, coreLoopSeconds);
    }
}
