namespace IdentityCenter.Emulator.Hosting;

/// <summary>Outcome of <see cref="EmulatorCommandLine.Parse"/>: options to run with, a usage error, or a request for help.</summary>
internal sealed record CommandLineResult(EmulatorOptions? Options, string? Error, bool ShowHelp)
{
    public static CommandLineResult Success(EmulatorOptions options) => new(options, null, false);

    public static CommandLineResult Failure(string error) => new(null, error, false);

    public static CommandLineResult Help() => new(null, null, true);
}
