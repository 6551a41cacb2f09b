using System;
using System.Collections.Generic;

namespace IdentityCenter.Core.Models
{
    /// <summary>UpdatePermissionSet: <c>PUT …/permission-sets/{permission_set_id}</c>. A null field keeps its value; the name never changes.</summary>
    public sealed class UpdatePermissionSetRequest
    {
        public string InstanceId { get; set; } = string.Empty;

        public string PermissionSetId { get; set; } = string.Empty;

        public string? Description { get; set; }

        public string? RelayState { get; set; }

        /// <summary>An ISO-8601 duration such as <c>PT8H</c>.</summary>
        public string? SessionDuration { get; set; }
    }

    /// <summary>A field whose value differs between the permission set the service holds and the one asked for.</summary>
    public sealed class FieldDifference
    {
        public FieldDifference(string field, string? existing, string? requested)
        {
            Field = field;
            Existing = existing;
            Requested = requested;
        }

        /// <summary>The parameter name of the field: Description, RelayState, SessionDuration, Tag 'key'.</summary>
        public string Field { get; }

        public string? Existing { get; }

        public string? Requested { get; }

        public override string ToString() => Field + " is " + Quote(Existing) + ", not " + Quote(Requested);

        private static string Quote(string? value) => value == null ? "not set" : "'" + value + "'";
    }

    /// <summary>What an update did: the set as it now stands, and the fields that were sent because they differed.</summary>
    public sealed class PermissionSetUpdate
    {
        public PermissionSetUpdate(PermissionSet permissionSet, IReadOnlyList<FieldDifference> changes)
        {
            PermissionSet = permissionSet ?? throw new ArgumentNullException(nameof(permissionSet));
            Changes = changes;
        }

        public PermissionSet PermissionSet { get; }

        /// <summary>Empty when the set already had every value asked for, and nothing was sent.</summary>
        public IReadOnlyList<FieldDifference> Changes { get; }
    }

    /// <summary>
    /// What a create-or-get found: a new set, the existing set with the same fields, or an existing set of that name
    /// whose fields differ (then <see cref="Differences"/> says how, and nothing was changed).
    /// </summary>
    public sealed class CreateOrGetResult
    {
        public CreateOrGetResult(PermissionSet permissionSet, bool created, IReadOnlyList<FieldDifference> differences)
        {
            PermissionSet = permissionSet ?? throw new ArgumentNullException(nameof(permissionSet));
            Created = created;
            Differences = differences;
        }

        public PermissionSet PermissionSet { get; }

        public bool Created { get; }

        public IReadOnlyList<FieldDifference> Differences { get; }

        public bool IsConflict => Differences.Count > 0;
    }
}
