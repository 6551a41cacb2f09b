using System;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Core
{
    /// <summary>Whether an existing permission set is exactly the one a create asked for (tags are not listed by the API).</summary>
    internal static class CreateMatch
    {
        public static bool Matches(PermissionSet existing, CreatePermissionSetRequest request) =>
            string.Equals(existing.Name, request.Name, StringComparison.Ordinal)
            && SameOptional(existing.Description, request.Description)
            && SameOptional(existing.RelayState, request.RelayState)
            && SameOptional(existing.SessionDuration, request.SessionDuration);

        // The service reports an unset text field as absent or empty; both mean "not given".
        private static bool SameOptional(string? existing, string? requested) =>
            string.Equals(existing ?? string.Empty, requested ?? string.Empty, StringComparison.Ordinal);
    }
}
