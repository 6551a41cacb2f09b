using System;
using System.Management.Automation;

namespace IdentityCenter.PowerShell.Errors
{
    /// <summary>Everything a cmdlet needs to build an ErrorRecord, decided without PowerShell.</summary>
    internal sealed class ErrorDescription
    {
        public ErrorDescription(Exception exception, string errorId, ErrorCategory category, string message, string recommendedAction, object? targetObject, string targetName, bool isTerminating)
        {
            Exception = exception;
            ErrorId = errorId;
            Category = category;
            Message = message;
            RecommendedAction = recommendedAction;
            TargetObject = targetObject;
            TargetName = targetName;
            IsTerminating = isTerminating;
        }

        /// <summary>The exception the record carries: the core's own, or a copy of it with secrets masked.</summary>
        public Exception Exception { get; }

        /// <summary>The service's error_code when there is one, such as <c>IdentityCenter.1206</c>.</summary>
        public string ErrorId { get; }

        public ErrorCategory Category { get; }

        /// <summary>What failed and why, with the service's error_msg and request_id; secrets masked.</summary>
        public string Message { get; }

        public string RecommendedAction { get; }

        /// <summary>The resource the failed item was about (the request), or the setting at fault.</summary>
        public object? TargetObject { get; }

        /// <summary>The same resource in words, for the error's category line.</summary>
        public string TargetName { get; }

        /// <summary>True when no later item could succeed either, so the command must stop.</summary>
        public bool IsTerminating { get; }

        public override string ToString() => ErrorId + " (" + Category + "): " + Message;
    }
}
