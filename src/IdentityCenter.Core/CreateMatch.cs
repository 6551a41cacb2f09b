using System;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Core
{
    /// <summary>
    /// Whether an existing permission set is the one a create asked for: every field the request gave must match. A
    /// field the request left out takes the service's default, so any value passes (tags are not listed by the API).
    /// </summary>
    internal static class CreateMatch
    {
        public static bool Matches(PermissionSet existing, CreatePermissionSetRequest request) =>
            string.Equals(existing.Name, request.Name, StringComparison.Ordinal)
            && SameOptional(existing.Description, request.Description)
            && SameOptional(existing.RelayState, request.RelayState)
            && SameOptional(existing.SessionDuration, request.SessionDuration);

        private static bool SameOptional(string? existing, string? requested) =>
            requested == null || string.Equals(existing ?? string.Empty, requested, StringComparison.Ordinal);
    }
}
