using System;
using System.Collections.Generic;
using System.Linq;

namespace IdentityCenter.PowerShell.Policies
{
    /// <summary>
    /// The properties of an object such as a PSCustomObject, by name and in the order they were declared. It stands
    /// between PowerShell and the JSON writer, so the writer can be tested without PowerShell objects.
    /// </summary>
    internal sealed class PropertyBag
    {
        public PropertyBag(IEnumerable<KeyValuePair<string, object?>> properties)
        {
            Properties = (properties ?? throw new ArgumentNullException(nameof(properties))).ToList();
        }

        public IReadOnlyList<KeyValuePair<string, object?>> Properties { get; }
    }
}
