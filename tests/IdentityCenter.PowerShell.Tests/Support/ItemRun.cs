using IdentityCenter.Core;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.Errors;
using IdentityCenter.PowerShell.Threading;

namespace IdentityCenter.PowerShell.Tests.Support;

/// <summary>
/// What a cmdlet does for one pipeline item, with lists standing in for PowerShell's streams: run the call through
/// the pump, then keep the result or the error description.
/// </summary>
internal sealed class ItemRun : IDisposable
{
    private readonly QueuedEventSink events = new();

    public ItemRun(string endpointUrl, Core.Credentials.CredentialInput credentials)
    {
        Setup = ClientSetup.Create(endpointUrl, credentials, new FakeCredentialEnvironment(), events);
    }

    public ClientSetup Setup { get; }

    public List<(IdcEventLevel Level, string Message, int Thread)> Written { get; } = new();

    public List<ErrorDescription> Errors { get; } = new();

    public T? Run<T>(ItemOperation operation, Func<IdentityCenterClient, CancellationToken, Task<T>> call, CancellationToken cancellationToken = default)
        where T : class
    {
        var pump = new TaskPump(events, new EventCallbacks(
            m => Written.Add((IdcEventLevel.Verbose, m, Environment.CurrentManagedThreadId)),
            m => Written.Add((IdcEventLevel.Debug, m, Environment.CurrentManagedThreadId)),
            m => Written.Add((IdcEventLevel.Warning, m, Environment.CurrentManagedThreadId))));
        try
        {
            return pump.Run(token => call(Setup.Client, token), cancellationToken);
        }
        catch (Exception ex) when (ErrorMapper.Describes(ex) && !cancellationToken.IsCancellationRequested)
        {
            Errors.Add(ErrorMapper.ForItem(ex, operation));
            return null;
        }
    }

    public string AllWritten() => string.Join("\n", Written.Select(w => w.Message));

    public void Dispose() => events.Dispose();
}
