using System;
using System.Collections;
using System.Collections.Generic;
using IdentityCenter.Core.Models;

namespace IdentityCenter.PowerShell.Arguments
{
    /// <summary>The tags of a dictionary as the request carries them.</summary>
    internal static class TagList
    {
        /// <remarks>A null value becomes an empty one: the API allows an empty tag value but never a null.</remarks>
        public static List<PermissionSetTag> From(IDictionary? tags)
        {
            var list = new List<PermissionSetTag>();
            if (tags == null)
            {
                return list;
            }

            foreach (DictionaryEntry entry in tags)
            {
                var key = Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                var value = Convert.ToString(entry.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                list.Add(new PermissionSetTag(key, value));
            }

            return list;
        }
    }
}
