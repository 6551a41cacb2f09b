using IdentityCenter.Emulator.Api;
using IdentityCenter.Emulator.Faults;
using IdentityCenter.Emulator.Http;
using IdentityCenter.Emulator.State;

namespace IdentityCenter.Emulator.Hosting;

/// <summary>The parts of one emulator run that the request pipeline, the admin API and the server share.</summary>
internal sealed class EmulatorRuntime
{
    public EmulatorRuntime(EmulatorOptions options, EmulatorState state, FaultInjector faults, RequestLog requestLog)
    {
        Options = options;
        State = state;
        Faults = faults;
        RequestLog = requestLog;
        Metadata = new MetadataHandlers(options);
    }

    public EmulatorOptions Options { get; }

    public EmulatorState State { get; }

    public FaultInjector Faults { get; }

    public RequestLog RequestLog { get; }

    /// <summary>The metadata endpoints keep their tokens and agency switch here, for the admin API to see.</summary>
    public MetadataHandlers Metadata { get; }

    public void Reset()
    {
        State.Reset();
        Faults.Clear();
        RequestLog.Clear();
        Metadata.Reset();
    }
}
