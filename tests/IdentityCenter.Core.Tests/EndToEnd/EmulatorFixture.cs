using IdentityCenter.Emulator;

namespace IdentityCenter.Core.Tests.EndToEnd;

/// <summary>An emulator on a loopback port for a test class; each test starts from a reset.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public EmulatorServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await EmulatorServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
