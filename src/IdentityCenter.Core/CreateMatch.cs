using System;
using System.Collections.Generic;
using System.Linq;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Core
{
    /// <summary>
    /// Whether an existing permission set is the one a create asked for: every field the request gave must match. A
    /// field the request left out takes the service's default, so any value passes.
    /// </summary>
    internal static class CreateMatch
    {
        public static bool Matches(PermissionSet existing, CreatePermissionSetRequest request) =>
            string.Equals(existing.Name, request.Name, StringComparison.Ordinal) && Differences(existing, request).Count == 0;

        /// <summary>The fields the request gave that the existing set holds otherwise, by parameter name.</summary>
        public static List<FieldDifference> Differences(PermissionSet existing, CreatePermissionSetRequest request)
        {
            var differences = new List<FieldDifference>();
            Compare(differences, "Description", existing.Description, request.Description);
            Compare(differences, "RelayState", existing.RelayState, request.RelayState);
            Compare(differences, "SessionDuration", existing.SessionDuration, request.SessionDuration);
            return differences;
        }

        /// <summary>A value asked for must be there as asked; the set may hold more tags than the request names.</summary>
        public static List<FieldDifference> TagDifferences(IEnumerable<PermissionSetTagEntry> existing, IEnumerable<PermissionSetTag> requested)
        {
            var held = existing.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
            var differences = new List<FieldDifference>();
            foreach (var tag in requested)
            {
                held.TryGetValue(tag.Key, out var value);
                if (!string.Equals(value, tag.Value, StringComparison.Ordinal))
                {
                    differences.Add(new FieldDifference("Tag '" + tag.Key + "'", value, tag.Value));
                }
            }

            return differences;
        }

        private static void Compare(List<FieldDifference> differences, string field, string? existing, string? requested)
        {
            if (requested != null && !string.Equals(existing ?? string.Empty, requested, StringComparison.Ordinal))
            {
                differences.Add(new FieldDifference(field, existing, requested));
            }
        }
    }
}
