namespace IdentityCenter.Emulator.Tests;

/// <summary>Gives each test its own emulator on a fresh port, so state and faults never leak between tests.</summary>
public abstract class EmulatorTestBase : IAsyncLifetime
{
    private EmulatorServer? _server;
    private SignedClient? _client;

    internal EmulatorServer Server => _server ?? throw new InvalidOperationException("Not started.");

    internal SignedClient Client => _client ?? throw new InvalidOperationException("Not started.");

    /// <summary>Lets a test class shape the options (clock, data file, startup faults).</summary>
    protected virtual EmulatorOptions CreateOptions() => new();

    public async Task InitializeAsync()
    {
        _server = await EmulatorServer.StartAsync(CreateOptions());
        _client = new SignedClient(_server);
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    internal static string UniqueName(string prefix = "ps") => prefix + "-" + Guid.NewGuid().ToString("N")[..16];
}
