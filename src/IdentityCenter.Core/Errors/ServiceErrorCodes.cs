using System;

namespace IdentityCenter.Core.Errors
{
    /// <summary>
    /// The error codes the module knows (identitycenter-api.md §5.2, §5.3) and the one rule that turns a status and a
    /// code into a <see cref="ServiceErrorKind"/>. Codes compare trimmed and case-insensitively; the EU site's
    /// <c>IIC.</c> prefix is the same code as <c>IdentityCenter.</c>.
    /// </summary>
    internal static class ServiceErrorCodes
    {
        public const string SignatureRefused = "APIGW.0301";
        public const string Throttled = "APIGW.0308";

        /// <summary>The gateway's "The token must be updated": the temporary credentials have expired.</summary>
        public const string TokenMustBeUpdated = "APIGW.0307";

        private const string GatewayPrefix = "APIGW.";
        private const string ServicePrefix = "IdentityCenter.";
        private const string EuServicePrefix = "IIC.";

        // The gateway's wording for a signature whose X-Sdk-Date is too far from its clock.
        private const string ExpiredSignatureText = "signature expired";

        public static ServiceErrorKind Classify(int statusCode, string? errorCode, string? errorMessage)
        {
            if (statusCode >= 300 && statusCode < 400)
            {
                return ServiceErrorKind.Redirect;
            }

            if (Is(errorCode, SignatureRefused))
            {
                return errorMessage != null && errorMessage.IndexOf(ExpiredSignatureText, StringComparison.OrdinalIgnoreCase) >= 0
                    ? ServiceErrorKind.ClockSkew
                    : ServiceErrorKind.SignatureRefused;
            }

            if (statusCode == 429 || Is(errorCode, Throttled))
            {
                return ServiceErrorKind.Throttled;
            }

            switch (ServiceNumber(errorCode))
            {
                case "1006":
                    return ServiceErrorKind.ConcurrentChange;
                case "1007":
                    return ServiceErrorKind.ModificationFailed;
                case "1204":
                case "1206":
                    return ServiceErrorKind.NameTaken;
                case "1205":
                    return ServiceErrorKind.NotFound;
                case "1002":
                case "1003":
                case "1004":
                    return ServiceErrorKind.InvalidArgument;
            }

            switch (statusCode)
            {
                case 400:
                    return ServiceErrorKind.InvalidArgument;
                case 401:
                case 403:
                    return ServiceErrorKind.PermissionDenied;
                case 404:
                    return ServiceErrorKind.NotFound;
                case 409:
                    return ServiceErrorKind.Conflict;
                case 500:
                case 502:
                case 503:
                case 504:
                    return ServiceErrorKind.ServerError;
                default:
                    return ServiceErrorKind.Other;
            }
        }

        /// <summary>
        /// A 401 saying the credentials themselves expired (APIGW.0307, or "token expires" under APIGW.0301), which new
        /// temporary keys fix; "signature expired" is this computer's clock instead, which they do not.
        /// </summary>
        public static bool SaysCredentialsExpired(int statusCode, string? errorCode, string? errorMessage)
        {
            if (statusCode != 401)
            {
                return false;
            }

            if (Is(errorCode, TokenMustBeUpdated))
            {
                return true;
            }

            return errorMessage != null
                && errorMessage.IndexOf("expire", StringComparison.OrdinalIgnoreCase) >= 0
                && errorMessage.IndexOf(ExpiredSignatureText, StringComparison.OrdinalIgnoreCase) < 0;
        }

        /// <summary>
        /// Whether the thing a call was about does not exist, so a removal finds nothing left to remove. A gateway's 404
        /// (APIGW.0101) is <see cref="ServiceErrorKind.NotFound"/> too, but it says the API or the endpoint is wrong,
        /// which is a failure to report, not an absence.
        /// </summary>
        public static bool MeansAbsent(IdcServiceException error) =>
            error.Kind == ServiceErrorKind.NotFound
            && !(error.ErrorCode?.Trim().StartsWith(GatewayPrefix, StringComparison.OrdinalIgnoreCase) ?? false);

        /// <summary>The system policy is attached to the permission set already (IdentityCenter.1207).</summary>
        public static bool MeansPolicyAlreadyAttached(IdcServiceException error) =>
            error.Kind == ServiceErrorKind.Conflict && ServiceNumber(error.ErrorCode) == "1207";

        private static bool Is(string? errorCode, string expected) =>
            string.Equals(errorCode?.Trim(), expected, StringComparison.OrdinalIgnoreCase);

        /// <summary>The number of an Identity Center code (<c>1206</c> of <c>IdentityCenter.1206</c> or <c>IIC.1206</c>); null otherwise.</summary>
        private static string? ServiceNumber(string? errorCode)
        {
            var code = errorCode?.Trim();
            if (code == null)
            {
                return null;
            }

            if (code.StartsWith(ServicePrefix, StringComparison.OrdinalIgnoreCase))
            {
                return code.Substring(ServicePrefix.Length);
            }

            return code.StartsWith(EuServicePrefix, StringComparison.OrdinalIgnoreCase) ? code.Substring(EuServicePrefix.Length) : null;
        }
    }
}
