using IdentityCenter.Core.Signing;
using System.Globalization;

namespace IdentityCenter.Benchmarks;

/// <summary>The budgets applied to one run's measurements.</summary>
internal static class BudgetSheet
{
    public const double SigningNanoseconds = 2000;
    public const long SigningBytes = 1024;
    public const double RoundTripRatio = 1.10;
    public const double MemoryRatio = 1.05;
    public const double PolicyCheckRatio = 1.5;
    public const double NodeSignerSpeedup = 10;

    public static BudgetReport Build(BenchmarkFigures figures, NodeSignerResult? node, InterleavedResult single, InterleavedResult thousands, InterleavedPolicyResult policy, MemoryGrowthResult memory, CensusResult census)
    {
        var report = new BudgetReport();
        AddSigning(report, figures, node);
        report.Add(BudgetLine.Info("(b) serialising the create request", Nano(figures.MedianNanoseconds(nameof(JsonBenchmarks.SerialiseCreate))) + ", " + Bytes(figures.BytesPerOperation(nameof(JsonBenchmarks.SerialiseCreate)))));
        report.Add(BudgetLine.Info("(b) parsing its reply", Nano(figures.MedianNanoseconds(nameof(JsonBenchmarks.ParseReply))) + ", " + Bytes(figures.BytesPerOperation(nameof(JsonBenchmarks.ParseReply)))));

        var coreNs = figures.MedianNanoseconds(nameof(RoundTripBenchmarks.CoreClient));
        var rawNs = figures.MedianNanoseconds(nameof(RoundTripBenchmarks.RawHttpClient));
        report.Add(BudgetLine.Info("(c) one create, Core client", Micro(coreNs) + ", " + Bytes(figures.BytesPerOperation(nameof(RoundTripBenchmarks.CoreClient)))));
        report.Add(BudgetLine.Info("(c) one create, raw HttpClient floor", Micro(rawNs) + ", " + Bytes(figures.BytesPerOperation(nameof(RoundTripBenchmarks.RawHttpClient)))));
        // BenchmarkDotNet times one side's iterations before the other's, so load drift lands on one side only:
        // shown, but the budgets are judged on the interleaved rounds.
        report.Add(BudgetLine.Info("(c) Core / floor, BenchmarkDotNet medians", Ratio(coreNs / rawNs) + " (load-sensitive; judged on rounds)"));
        var core1000 = figures.MedianNanoseconds(nameof(SequentialCreateBenchmarks.CoreClient1000));
        var raw1000 = figures.MedianNanoseconds(nameof(SequentialCreateBenchmarks.RawHttpClient1000));
        report.Add(BudgetLine.Info("(d) 1,000 sequential creates: Core, floor", Milli(core1000) + ", " + Milli(raw1000) + "; ratio " + Ratio(core1000 / raw1000) + " (load-sensitive; judged on rounds)"));
        AddRoundTrips(report, single, thousands);

        report.Add(BudgetLine.Info(
            "(e) heap after 1,000 and after 10,000 calls",
            Mega(memory.AfterThousandBytes) + ", " + Mega(memory.AfterTenThousandBytes) + " (" + memory.BytesPerCall.ToString("+0;-0", CultureInfo.InvariantCulture) + " B per call; pool threads " + memory.ThreadsAtThousand + ", " + memory.ThreadsAtTenThousand + ")"));
        report.Add(BudgetLine.AtMost("(e) heap ratio, 10,000 / 1,000 calls", memory.Ratio, MemoryRatio, Ratio(memory.Ratio), "<= 1.05"));

        report.Add(BudgetLine.AtMost("per call: pipelines built in " + census.Calls.ToString("N0", CultureInfo.InvariantCulture) + " calls", census.PipelinesBuilt, 0, census.PipelinesBuilt.ToString(CultureInfo.InvariantCulture), "0"));
        report.Add(BudgetLine.AtMost("per call: connections opened (a handler each)", census.ConnectionsOpened, 0, census.ConnectionsOpened.ToString(CultureInfo.InvariantCulture), "0"));
        report.Add(BudgetLine.AtMost(
            "per call: HttpClient/handler/JsonSerializerOptions samples",
            census.FlaggedSamples.Count,
            0,
            (census.FlaggedSamples.Count == 0 ? "0" : string.Join(", ", census.FlaggedSamples)) + " of " + census.Samples.ToString(CultureInfo.InvariantCulture) +
            " (one per call would draw ~" + census.ExpectedSamplesIfBuiltPerCall.ToString("0", CultureInfo.InvariantCulture) + ")",
            "0"));
        AddPolicy(report, figures, policy);
        return report;
    }

    /// <summary>
    /// The judged figures of (c) and (d), from rounds that alternate blocks of the two paths: blocks of 100 creates
    /// for (c), of 1,000 for (d). All a --roundtrip run has.
    /// </summary>
    public static void AddRoundTrips(BudgetReport report, InterleavedResult single, InterleavedResult thousands)
    {
        report.Add(BudgetLine.Info("(c) interleaved: Core, floor (median of rounds)", Rounds(single)));
        report.Add(BudgetLine.AtMost("(c) Core / floor, interleaved rounds", single.Ratio, RoundTripRatio, Ratio(single.Ratio), "<= 1.10"));
        report.Add(BudgetLine.Info("(d) interleaved: Core, floor (median of rounds)", Rounds(thousands)));
        report.Add(BudgetLine.AtMost("(d) Core / floor, 1,000 creates, interleaved rounds", thousands.Ratio, RoundTripRatio, Ratio(thousands.Ratio), "<= 1.10"));
    }

    private static string Rounds(InterleavedResult result) =>
        Micro(result.CoreMicroseconds * 1000) + ", " + Micro(result.RawMicroseconds * 1000) + " per create (" + result.Rounds + " x " +
        result.CallsPerBlock.ToString("N0", CultureInfo.InvariantCulture) + " calls each); " + Bytes(result.CoreBytesPerCall) + ", " + Bytes(result.RawBytesPerCall);

    /// <summary>The figures of (a): all a --signing run has.</summary>
    public static void AddSigning(BudgetReport report, BenchmarkFigures figures, NodeSignerResult? node)
    {
        var signNs = figures.MedianNanoseconds(nameof(SigningBenchmarks.SignCreate));
        var signBytes = figures.BytesPerOperation(nameof(SigningBenchmarks.SignCreate));
        report.Add(BudgetLine.AtMost("(a) signing a typical create: time", signNs, SigningNanoseconds, Micro(signNs), "<= 2.00 us"));
        report.Add(BudgetLine.AtMost("(a) signing a typical create: allocated", signBytes ?? double.NaN, SigningBytes, Bytes(signBytes), "<= 1024 B"));
        report.Add(BudgetLine.Info("(a) hash engine", HashEngine.Default.Name));
        // BenchmarkDotNet's figure above and Node's would be timed a minute apart, so the ratio is judged only on
        // rounds that alternate the two signers (NodeSignerComparison).
        report.Add(BudgetLine.Info(
            "(a) interleaved: Node signer, ours (median of rounds)",
            node == null
                ? "not measured"
                : Micro(node.NodeNanoseconds) + ", " + Micro(node.OurNanoseconds) + " (" + node.Rounds + " x " +
                  node.SignaturesPerRound.ToString("N0", CultureInfo.InvariantCulture) + " signatures each; same Authorization: " +
                  (node.AuthorizationMatches ? "yes" : "NO") + ")"));
        var ratio = node == null || !node.AuthorizationMatches ? double.NaN : node.Ratio;
        report.Add(BudgetLine.AtLeast("(a) Node signer time / ours, interleaved rounds", ratio, NodeSignerSpeedup, Ratio(ratio), ">= 10"));
    }

    /// <summary>The figures of (f): all a --policy run has.</summary>
    public static void AddPolicy(BudgetReport report, BenchmarkFigures figures, InterleavedPolicyResult interleaved)
    {
        var checkNs = figures.MedianNanoseconds(nameof(PolicyBenchmarks.CheckPolicy));
        var parseNs = figures.MedianNanoseconds(nameof(PolicyBenchmarks.ParsePolicy));
        report.Add(BudgetLine.Info(
            "(f) ~128 KB policy: check, JsonDocument.Parse",
            Micro(checkNs) + ", " + Micro(parseNs) + "; " + Bytes(figures.BytesPerOperation(nameof(PolicyBenchmarks.CheckPolicy))) + ", " +
            Bytes(figures.BytesPerOperation(nameof(PolicyBenchmarks.ParsePolicy)))));
        // As for (c), BenchmarkDotNet's ratio is shown and the budget is judged on alternating rounds.
        report.Add(BudgetLine.Info("(f) check / parse, BenchmarkDotNet medians", Ratio(checkNs / parseNs) + " (load-sensitive; judged on rounds)"));
        report.Add(BudgetLine.Info(
            "(f) interleaved: check, parse (median of rounds)",
            Micro(interleaved.CheckMicroseconds * 1000) + ", " + Micro(interleaved.ParseMicroseconds * 1000) + " (" + interleaved.Rounds + " x " + interleaved.CallsPerBlock + " of each)"));
        report.Add(BudgetLine.AtMost("(f) policy check / parse, interleaved rounds", interleaved.Ratio, PolicyCheckRatio, Ratio(interleaved.Ratio), "<= 1.50"));
    }

    private static string Nano(double ns) => double.IsNaN(ns) ? "n/a" : ns.ToString("0", CultureInfo.InvariantCulture) + " ns";

    private static string Micro(double ns) => double.IsNaN(ns) ? "n/a" : (ns / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " us";

    private static string Milli(double ns) => double.IsNaN(ns) ? "n/a" : (ns / 1_000_000).ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    private static string Bytes(long? bytes) => bytes == null ? "n/a" : bytes.Value.ToString("N0", CultureInfo.InvariantCulture) + " B";

    private static string Mega(long bytes) => (bytes / 1048576.0).ToString("0.00", CultureInfo.InvariantCulture) + " MB";

    private static string Ratio(double ratio) => double.IsNaN(ratio) ? "n/a" : ratio.ToString("0.000", CultureInfo.InvariantCulture);
}
