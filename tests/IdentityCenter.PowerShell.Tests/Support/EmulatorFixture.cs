using IdentityCenter.Emulator;

namespace IdentityCenter.PowerShell.Tests.Support;

/// <summary>One in-process emulator on a free loopback port, shared by a test class and reset by each test.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private EmulatorServer? server;

    public EmulatorServer Server => server ?? throw new InvalidOperationException("The emulator has not started.");

    public string Url => Server.BaseAddress.GetLeftPart(UriPartial.Authority);

    public async Task InitializeAsync() => server = await EmulatorServer.StartAsync(new EmulatorOptions { Urls = EmulatorDefaults.InProcessUrl });

    public async Task DisposeAsync()
    {
        if (server != null)
        {
            await server.DisposeAsync();
        }
    }
}
