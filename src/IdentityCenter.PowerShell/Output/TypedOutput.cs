using System.Management.Automation;

namespace IdentityCenter.PowerShell.Output
{
    /// <summary>Wraps an output object so its first PSTypeName is the stable one; see <see cref="OutputTypeNames"/>.</summary>
    internal static class TypedOutput
    {
        public static PSObject Wrap(object value)
        {
            var wrapped = PSObject.AsPSObject(value);
            wrapped.TypeNames.Insert(0, OutputTypeNames.For(value.GetType()));
            return wrapped;
        }
    }
}
