using System;

namespace IdentityCenter.Core.Errors
{
    /// <summary>The service, or the gateway in front of it, answered with an error.</summary>
    public sealed class IdcServiceException : Exception
    {
        public IdcServiceException(int statusCode, string? errorCode, string errorMessage, string? requestId, string? encodedAuthorizationMessage)
            : base(Compose(statusCode, errorCode, errorMessage, requestId))
        {
            StatusCode = statusCode;
            ErrorCode = errorCode;
            ErrorMessage = errorMessage;
            RequestId = requestId;
            EncodedAuthorizationMessage = encodedAuthorizationMessage;
        }

        public int StatusCode { get; }

        /// <summary>The service's <c>error_code</c>, such as <c>IdentityCenter.1206</c> or <c>APIGW.0301</c>.</summary>
        public string? ErrorCode { get; }

        public string ErrorMessage { get; }

        public string? RequestId { get; }

        /// <summary>The encrypted denial detail the service adds to some 403 replies; STS can decode it.</summary>
        public string? EncodedAuthorizationMessage { get; }

        private static string Compose(int statusCode, string? errorCode, string errorMessage, string? requestId)
        {
            var code = string.IsNullOrEmpty(errorCode) ? "HTTP " + statusCode : errorCode + " (HTTP " + statusCode + ")";
            var text = code + ": " + errorMessage;
            return string.IsNullOrEmpty(requestId) ? text : text + " Request id: " + requestId + ".";
        }
    }
}
