using IdentityCenter.Emulator.Faults;
using IdentityCenter.Emulator.Hosting;
using IdentityCenter.Emulator.Http;
using IdentityCenter.Emulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IdentityCenter.Emulator;

/// <summary>
/// A running emulator on real loopback sockets. Both the command-line host and tests start it
/// through <see cref="StartAsync"/>, so what tests exercise is what scripts run.
/// </summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorRuntime _runtime;
    private int _disposed;

    private EmulatorServer(WebApplication app, EmulatorRuntime runtime, Uri baseAddress)
    {
        _app = app;
        _runtime = runtime;
        BaseAddress = baseAddress;
    }

    /// <summary>The bound address with the real port, ending in '/', e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    public EmulatorOptions Options => _runtime.Options;

    public EmulatorState State => _runtime.State;

    /// <summary>The same faults the admin API's /_emulator/faults manages.</summary>
    public FaultInjector Faults => _runtime.Faults;

    public RequestLog RequestLog => _runtime.RequestLog;

    /// <summary>
    /// Binds <see cref="EmulatorOptions.Urls"/> (http://127.0.0.1:0 when null), loads the data file if
    /// any, prints the banner if a writer is set, and returns once requests are being accepted.
    /// </summary>
    public static async Task<EmulatorServer> StartAsync(EmulatorOptions? options = null, CancellationToken ct = default)
    {
        options ??= new EmulatorOptions();
        options.Validate();

        StateFile? file = options.DataFile is null ? null : new StateFile(options.DataFile);
        var state = new EmulatorState(options, file);
        var faults = new FaultInjector();
        faults.AddRange(options.Faults);
        var runtime = new EmulatorRuntime(options, state, faults, new RequestLog());

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
            Args = Array.Empty<string>(),
        });
        builder.WebHost.UseUrls(options.Urls ?? EmulatorDefaults.InProcessUrl);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.SetMinimumLevel(options.ConsoleLogLevel);
        builder.Services.AddSingleton<IHostLifetime, NullHostLifetime>();
        // Held (delayed) requests observe the stopping token, so stopping never needs the full default wait.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));

        WebApplication app = builder.Build();
        try
        {
            var pipeline = new EmulatorPipeline(runtime, app.Lifetime.ApplicationStopping);
            app.Run(pipeline.InvokeAsync);
            await app.StartAsync(ct).ConfigureAwait(false);

            Uri baseAddress = BoundAddress(app);
            var server = new EmulatorServer(app, runtime, baseAddress);

            if (options.BannerWriter is { } writer)
            {
                IEnumerable<string> lines = options.BannerFormat == BannerFormat.Json
                    ? new[] { EmulatorBanner.FormatJson(baseAddress, options, state.AccountIds) }
                    : EmulatorBanner.Format(baseAddress, options);
                foreach (string line in lines)
                {
                    await writer.WriteLineAsync(line).ConfigureAwait(false);
                }

                await writer.FlushAsync(ct).ConfigureAwait(false);
            }

            return server;
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Clears state (back to the configured instance), faults and the request log.</summary>
    public void Reset() => _runtime.Reset();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            await _app.StopAsync().ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static Uri BoundAddress(WebApplication app)
    {
        ICollection<string>? addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        string first = addresses?.FirstOrDefault()
            ?? throw new InvalidOperationException("The emulator started but reports no bound address.");
        return new Uri(first.TrimEnd('/') + "/");
    }
}
