using System.Management.Automation;

namespace IdentityCenter.PowerShell.Arguments
{
    /// <summary>PowerShell hands attributes values wrapped in a PSObject; the converters want what is inside.</summary>
    internal static class PipelineValue
    {
        public static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
    }
}
