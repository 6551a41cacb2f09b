using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace IdentityCenter.Benchmarks;

/// <summary>
/// Listens, in this process, to the runtime's allocation samples (one per ~100 KB allocated, naming the type that
/// crossed the mark, so a type is sampled in proportion to the bytes it takes) and to the HTTP stack's
/// connection events. Over thousands of calls, an object built on every call shows up among the samples.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const string HttpSource = "System.Net.Http";
    private const long GcKeyword = 0x1;

    private readonly ConcurrentDictionary<string, long> samplesByType = new(StringComparer.Ordinal);
    private long samples;
    private long connectionsOpened;
    private volatile bool recording;

    public long Samples => Interlocked.Read(ref samples);

    public long ConnectionsOpened => Interlocked.Read(ref connectionsOpened);

    public IReadOnlyDictionary<string, long> SamplesByType => samplesByType;

    public void Start() => recording = true;

    public void Stop() => recording = false;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeSource)
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)GcKeyword);
        }
        else if (eventSource.Name == HttpSource)
        {
            EnableEvents(eventSource, EventLevel.Informational);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!recording || eventData.EventName == null)
        {
            return;
        }

        if (eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal))
        {
            var index = eventData.PayloadNames?.IndexOf("TypeName") ?? -1;
            if (index >= 0 && eventData.Payload![index] is string typeName)
            {
                samplesByType.AddOrUpdate(typeName, 1, (_, count) => count + 1);
                Interlocked.Increment(ref samples);
            }
        }
        else if (eventData.EventName == "ConnectionEstablished")
        {
            Interlocked.Increment(ref connectionsOpened);
        }
    }
}
