using System.Collections.Concurrent;
using IdentityCenter.Core.Diagnostics;

namespace IdentityCenter.Core.Tests.Http;

public sealed class RecordingSink : IIdcEventSink
{
    public ConcurrentQueue<IdcEvent> Events { get; } = new();

    public IEnumerable<string> Messages(IdcEventLevel level) => Events.Where(e => e.Level == level).Select(e => e.Message);

    public void Report(IdcEvent value) => Events.Enqueue(value);
}
