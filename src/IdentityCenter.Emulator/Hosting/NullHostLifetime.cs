using Microsoft.Extensions.Hosting;

namespace IdentityCenter.Emulator.Hosting;

/// <summary>
/// Replaces the console lifetime: an emulator hosted inside a test process must not react to that
/// process's Ctrl+C or SIGTERM. The command-line host handles signals itself.
/// </summary>
internal sealed class NullHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
