using System;
using System.Collections.Generic;
using System.Linq;
using IdentityCenter.Core.Models;

namespace IdentityCenter.PowerShell.Errors
{
    /// <summary>A permission set of the name asked for exists with other values; it was left as it is.</summary>
    public sealed class PermissionSetConflictException : Exception
    {
        public PermissionSetConflictException(PermissionSet existing, IReadOnlyList<FieldDifference> differences)
            : base(Compose(existing, differences))
        {
            Existing = existing;
            Differences = differences;
        }

        /// <summary>The set the service holds.</summary>
        public PermissionSet Existing { get; }

        /// <summary>Each field that differs, with the value held and the value asked for.</summary>
        public IReadOnlyList<FieldDifference> Differences { get; }

        private static string Compose(PermissionSet existing, IReadOnlyList<FieldDifference> differences) =>
            "Permission set '" + existing.Name + "' (" + existing.PermissionSetId + ") already exists with other values: " +
            string.Join("; ", differences.Select(d => d.ToString())) + ".";
    }
}
