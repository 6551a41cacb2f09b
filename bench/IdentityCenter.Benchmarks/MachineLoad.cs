namespace IdentityCenter.Benchmarks;

/// <summary>The load average, printed with the figures: on a shared machine it says how much to trust them.</summary>
internal static class MachineLoad
{
    public static string Describe()
    {
        const string path = "/proc/loadavg";
        var load = File.Exists(path) ? string.Join(' ', File.ReadAllText(path).Split(' ').Take(3)) : "unknown";
        return "load average " + load + " on " + Environment.ProcessorCount + " logical cores";
    }
}
