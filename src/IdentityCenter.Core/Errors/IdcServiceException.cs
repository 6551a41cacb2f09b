using System;

namespace IdentityCenter.Core.Errors
{
    /// <summary>The service, or the gateway in front of it, answered with an error.</summary>
    public sealed class IdcServiceException : Exception
    {
        public IdcServiceException(int statusCode, string? errorCode, string errorMessage, string? requestId, string? encodedAuthorizationMessage)
            : this(statusCode, errorCode, errorMessage, requestId, encodedAuthorizationMessage, null, null)
        {
        }

        private IdcServiceException(int statusCode, string? errorCode, string errorMessage, string? requestId, string? encodedAuthorizationMessage, OutcomeUnknown? outcomeUnknown, string? note)
            : base(Compose(statusCode, errorCode, errorMessage, requestId, outcomeUnknown, note))
        {
            StatusCode = statusCode;
            ErrorCode = errorCode;
            ErrorMessage = errorMessage;
            RequestId = requestId;
            EncodedAuthorizationMessage = encodedAuthorizationMessage;
            Kind = ServiceErrorCodes.Classify(statusCode, errorCode, errorMessage);
            OutcomeUnknown = outcomeUnknown;
            Note = note;
        }

        public int StatusCode { get; }

        /// <summary>The service's <c>error_code</c>, such as <c>IdentityCenter.1206</c> or <c>APIGW.0301</c>.</summary>
        public string? ErrorCode { get; }

        public string ErrorMessage { get; }

        public string? RequestId { get; }

        /// <summary>The encrypted denial detail the service adds to some 403 replies; STS can decode it.</summary>
        public string? EncodedAuthorizationMessage { get; }

        /// <summary>What the reply means, from its status and code.</summary>
        public ServiceErrorKind Kind { get; }

        /// <summary>Set when an earlier attempt of the call may have been applied although this reply is an error.</summary>
        public OutcomeUnknown? OutcomeUnknown { get; }

        /// <summary>What the module found out about the failure beyond the reply, such as whose set holds a taken name.</summary>
        public string? Note { get; }

        /// <summary>The same reply, marked with the earlier attempts that may have been applied.</summary>
        internal IdcServiceException WithOutcomeUnknown(OutcomeUnknown? outcome) =>
            outcome == null ? this : new IdcServiceException(StatusCode, ErrorCode, ErrorMessage, RequestId, EncodedAuthorizationMessage, outcome, Note);

        /// <summary>The same reply once the module has found that nothing of this call was applied, and why.</summary>
        internal IdcServiceException Settled(string note) =>
            new IdcServiceException(StatusCode, ErrorCode, ErrorMessage, RequestId, EncodedAuthorizationMessage, null, note);

        /// <summary>The same reply, still of unknown outcome, with what the module found out.</summary>
        internal IdcServiceException WithNote(string note) =>
            new IdcServiceException(StatusCode, ErrorCode, ErrorMessage, RequestId, EncodedAuthorizationMessage, OutcomeUnknown, note);

        private static string Compose(int statusCode, string? errorCode, string errorMessage, string? requestId, OutcomeUnknown? outcomeUnknown, string? note)
        {
            var code = string.IsNullOrEmpty(errorCode) ? "HTTP " + statusCode : errorCode + " (HTTP " + statusCode + ")";
            var text = code + ": " + errorMessage;
            text = string.IsNullOrEmpty(requestId) ? text : text + " Request id: " + requestId + ".";
            if (note != null)
            {
                text += " " + note;
            }

            return outcomeUnknown == null ? text : text + " " + outcomeUnknown.Statement;
        }
    }
}
