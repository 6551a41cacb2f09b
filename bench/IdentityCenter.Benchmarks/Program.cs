using System.Globalization;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using IdentityCenter.Benchmarks;

var options = BenchOptions.Parse(args);
var artifacts = Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts");
Console.WriteLine("IdentityCenter benchmarks, " + options.Mode + " run, " + DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
Console.WriteLine(System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription + ", " + MachineLoad.Describe());

if (options.CoreLoopSeconds > 0)
{
    await using var session = await EmulatorSession.StartAsync();
    var loop = new CreateLoop(session);
    var watch = System.Diagnostics.Stopwatch.StartNew();
    while (watch.Elapsed.TotalSeconds < options.CoreLoopSeconds)
    {
        await loop.RunAsync(100);
    }

    Console.WriteLine(loop.Calls.ToString("N0", CultureInfo.InvariantCulture) + " creates in " + watch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s.");
    return;
}

if (options.RoundTripOnly)
{
    Console.WriteLine("(c) and (d): Core and floor in alternating blocks ...");
    var singles = await InterleavedRoundTrip.MeasureAsync(options.InterleavedRounds, options.InterleavedCallsPerBlock);
    var thousandBlocks = await InterleavedRoundTrip.MeasureAsync(options.ThousandRounds, SequentialCreateBenchmarks.Creates);
    var roundTrips = new BudgetReport();
    BudgetSheet.AddRoundTrips(roundTrips, singles, thousandBlocks);
    Console.WriteLine();
    Console.WriteLine("Budgets (" + MachineLoad.Describe() + "):");
    roundTrips.WriteTo(Console.Out);
    return;
}

if (options.SigningOnly || options.PolicyOnly)
{
    var only = options.SigningOnly ? BenchmarkRunner.Run<SigningBenchmarks>(BenchConfig.Create(options, artifacts)) : BenchmarkRunner.Run<PolicyBenchmarks>(BenchConfig.Create(options, artifacts));
    MarkdownExporter.Console.ExportToLog(only, ConsoleLogger.Default);
    var sheet = new BudgetReport();
    if (options.SigningOnly)
    {
        BudgetSheet.AddSigning(sheet, new BenchmarkFigures(new[] { only }), NodeSignerComparison.Measure(options.NodeSignerDirectory, options.NodeRounds, options.NodeSignaturesPerRound));
    }
    else
    {
        BudgetSheet.AddPolicy(sheet, new BenchmarkFigures(new[] { only }), InterleavedPolicyCheck.Measure(options.PolicyRounds, options.PolicyCallsPerBlock));
    }

    Console.WriteLine();
    Console.WriteLine("Budgets (" + MachineLoad.Describe() + "):");
    sheet.WriteTo(Console.Out);
    return;
}

// The plain loops run first, while the heap holds nothing but the emulator and the client.
Console.WriteLine("(e) memory after 1,000 and 10,000 calls ...");
var memory = await MemoryGrowth.MeasureAsync();
if (options.MemoryOnly)
{
    Console.WriteLine(memory);
    return;
}

Console.WriteLine("per-call constructions over " + ConstructionCensus.Calls.ToString("N0", CultureInfo.InvariantCulture) + " calls ...");
var census = await ConstructionCensus.MeasureAsync();
Console.WriteLine("(c) and (d): Core and floor in alternating blocks ...");
var interleaved = await InterleavedRoundTrip.MeasureAsync(options.InterleavedRounds, options.InterleavedCallsPerBlock);
var interleavedThousands = await InterleavedRoundTrip.MeasureAsync(options.ThousandRounds, SequentialCreateBenchmarks.Creates);

Console.WriteLine("(a)-(d), (f) BenchmarkDotNet ...");
var summaries = BenchmarkRunner.Run(
    new[] { typeof(SigningBenchmarks), typeof(JsonBenchmarks), typeof(RoundTripBenchmarks), typeof(SequentialCreateBenchmarks), typeof(PolicyBenchmarks) },
    BenchConfig.Create(options, artifacts));
foreach (var summary in summaries)
{
    Console.WriteLine();
    MarkdownExporter.Console.ExportToLog(summary, ConsoleLogger.Default);
    foreach (var error in summary.ValidationErrors)
    {
        Console.WriteLine("validation: " + error.Message);
    }
}

Console.WriteLine("(f) policy check and parse in alternating rounds ...");
var policyRounds = InterleavedPolicyCheck.Measure(options.PolicyRounds, options.PolicyCallsPerBlock);
Console.WriteLine("(a) Huawei's Node.js signer and ours in alternating rounds ...");
var node = NodeSignerComparison.Measure(options.NodeSignerDirectory, options.NodeRounds, options.NodeSignaturesPerRound);

Console.WriteLine();
Console.WriteLine("Budgets (" + MachineLoad.Describe() + "):");
BudgetSheet.Build(new BenchmarkFigures(summaries), node, interleaved, interleavedThousands, policyRounds, memory, census).WriteTo(Console.Out);
Console.WriteLine("Full BenchmarkDotNet log: " + artifacts);
