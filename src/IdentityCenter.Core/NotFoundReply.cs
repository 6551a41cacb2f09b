using System;
using IdentityCenter.Core.Errors;

namespace IdentityCenter.Core
{
    /// <summary>
    /// Whether a service error says the thing asked about does not exist. The one place that decides it, so removals
    /// and look-ups agree: HTTP 404 from the service itself. A 404 from the gateway (APIGW.*) means the API or the
    /// endpoint is wrong, which is a failure, not an absence.
    /// </summary>
    internal static class NotFoundReply
    {
        private const string GatewayPrefix = "APIGW.";

        public static bool Is(IdcServiceException error) =>
            error.StatusCode == 404
            && !(error.ErrorCode?.Trim().StartsWith(GatewayPrefix, StringComparison.OrdinalIgnoreCase) ?? false);
    }
}
