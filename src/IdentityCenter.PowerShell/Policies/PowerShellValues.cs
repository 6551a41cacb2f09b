using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace IdentityCenter.PowerShell.Policies
{
    /// <summary>What PowerShell hands a policy value as, in the terms <see cref="PolicyJson"/> understands.</summary>
    internal static class PowerShellValues
    {
        public static object? Normalize(object? value)
        {
            if (!(value is PSObject wrapped))
            {
                return value;
            }

            // A PSCustomObject's properties live on its wrapper, not on the object inside.
            if (wrapped.BaseObject is PSCustomObject)
            {
                return new PropertyBag(wrapped.Properties.Select(p => new KeyValuePair<string, object?>(p.Name, p.Value)));
            }

            return wrapped.BaseObject;
        }
    }
}
