using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using Perfolizer.Metrology;

namespace IdentityCenter.Benchmarks;

/// <summary>
/// In-process runs: the emulator lives in the benchmark process anyway, and skipping the generated child project
/// keeps a short run to a few minutes. The console gets only the tables; the full log goes to the artifacts folder.
/// </summary>
internal static class BenchConfig
{
    public static IConfig Create(BenchOptions options, string artifactsPath)
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(options.WarmupCount)
            .WithIterationCount(options.IterationCount)
            .WithIterationTime(TimeInterval.FromMilliseconds(options.IterationMilliseconds));
        return ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn(StatisticColumn.Median)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddLogger(NullLogger.Instance)
            .AddExporter(MarkdownExporter.GitHub)
            .WithSummaryStyle(SummaryStyle.Default.WithSizeUnit(SizeUnit.B))
            .WithArtifactsPath(artifactsPath);
    }
}
