using BenchmarkDotNet.Reports;

namespace IdentityCenter.Benchmarks;

/// <summary>Median time and bytes allocated per operation, by benchmark method name, across the run's summaries.</summary>
internal sealed class BenchmarkFigures
{
    private readonly Dictionary<string, BenchmarkReport> reports = new(StringComparer.Ordinal);

    public BenchmarkFigures(IEnumerable<Summary> summaries)
    {
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            reports[report.BenchmarkCase.Descriptor.WorkloadMethod.Name] = report;
        }
    }

    /// <summary>Nanoseconds; NaN when the benchmark did not run or failed.</summary>
    public double MedianNanoseconds(string method) =>
        reports.TryGetValue(method, out var report) && report.ResultStatistics != null ? report.ResultStatistics.Median : double.NaN;

    public long? BytesPerOperation(string method) =>
        reports.TryGetValue(method, out var report) ? report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) : null;
}
