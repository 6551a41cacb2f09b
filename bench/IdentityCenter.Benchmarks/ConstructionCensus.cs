using System.Text.Json;
using IdentityCenter.Core.Http;

namespace IdentityCenter.Benchmarks;

/// <summary>
/// Whether a call builds what should be built once: the HTTP pipeline (counted by Core itself), a handler (each
/// one would open its own connection, counted by the HTTP stack's events), and any HttpClient, handler or
/// JsonSerializerOptions object at all (looked for among the runtime's allocation samples).
/// </summary>
internal static class ConstructionCensus
{
    public const int Calls = 10000;

    /// <summary>The smallest of the objects looked for is about this size; it sets how sure an absence is.</summary>
    private const int SmallestObjectBytes = 64;

    public static async Task<CensusResult> MeasureAsync()
    {
        await using var session = await EmulatorSession.StartAsync();
        var loop = new CreateLoop(session);
        await loop.RunAsync(200);

        using var sampler = new AllocationSampler();
        var buildsBefore = IdcHttpPipeline.BuildCount;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        sampler.Start();
        await loop.RunAsync(Calls);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        // Runtime events reach an in-process listener through a dispatch thread, a little after the fact.
        await Task.Delay(TimeSpan.FromSeconds(2));
        sampler.Stop();

        var flagged = sampler.SamplesByType
            .Where(pair => IsBuiltOnce(pair.Key))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => pair.Key + " x" + pair.Value)
            .ToList();
        var bytesPerSample = sampler.Samples == 0 ? double.PositiveInfinity : (double)allocated / sampler.Samples;
        return new CensusResult(
            Calls,
            IdcHttpPipeline.BuildCount - buildsBefore,
            sampler.ConnectionsOpened,
            sampler.Samples,
            flagged,
            Calls * (double)SmallestObjectBytes / bytesPerSample);
    }

    private static bool IsBuiltOnce(string typeName)
    {
        var type = Resolve(typeName);
        return type != null &&
               (typeof(HttpMessageInvoker).IsAssignableFrom(type) ||
                typeof(HttpMessageHandler).IsAssignableFrom(type) ||
                typeof(JsonSerializerOptions).IsAssignableFrom(type));
    }

    private static Type? Resolve(string typeName)
    {
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            var type = assembly.GetType(typeName, throwOnError: false);
            if (type != null)
            {
                return type;
            }
        }

        return null;
    }
}
