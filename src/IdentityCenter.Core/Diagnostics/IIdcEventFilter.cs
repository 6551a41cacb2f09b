namespace IdentityCenter.Core.Diagnostics
{
    /// <summary>
    /// A sink that says which levels it will show. The core composes a per-request line only for a level some reader
    /// wants: those lines are most of what a call allocates, and a PowerShell command without -Verbose or -Debug
    /// would otherwise pay for them, and wake its pipeline thread for them, on every item.
    /// </summary>
    public interface IIdcEventFilter
    {
        bool Wants(IdcEventLevel level);
    }
}
