using IdentityCenter.Core.Diagnostics;

namespace IdentityCenter.Core.Tests.Http;

/// <summary>A sink as a PowerShell command without -Verbose or -Debug is: it shows warnings only.</summary>
internal sealed class WarningsOnlySink : IIdcEventSink, IIdcEventFilter
{
    public List<IdcEvent> Events { get; } = new();

    public bool Wants(IdcEventLevel level) => level == IdcEventLevel.Warning;

    public void Report(IdcEvent value)
    {
        lock (Events)
        {
            Events.Add(value);
        }
    }
}
