namespace IdentityCenter.Core.Diagnostics
{
    /// <summary>Which PowerShell stream an event belongs on.</summary>
    public enum IdcEventLevel
    {
        Verbose,
        Debug,
        Warning,
    }
}
