using System.Runtime.InteropServices;
using IdentityCenter.Emulator.Hosting;
using IdentityCenter.Emulator;

CommandLineResult parsed = EmulatorCommandLine.Parse(args);
if (parsed.ShowHelp)
{
    Console.Out.Write(EmulatorCommandLine.Usage);
    return 0;
}

if (parsed.Options is null)
{
    Console.Error.WriteLine(parsed.Error);
    Console.Error.Write(EmulatorCommandLine.Usage);
    return 2;
}

EmulatorOptions options = parsed.Options;
options.BannerWriter = Console.Out;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Stop cleanly (final save, sockets closed) instead of letting the runtime kill the process.
    e.Cancel = true;
    stop.Cancel();
};
using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

EmulatorServer server;
try
{
    server = await EmulatorServer.StartAsync(options, stop.Token);
}
catch (Exception ex) when (ex is IOException or InvalidDataException or ArgumentException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"IdentityCenter emulator failed to start: {ex.Message}");
    return 1;
}

await using (server)
{
    try
    {
        await Task.Delay(Timeout.Infinite, stop.Token);
    }
    catch (OperationCanceledException)
    {
    }
}

return 0;
