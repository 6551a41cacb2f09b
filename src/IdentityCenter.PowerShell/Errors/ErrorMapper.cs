using System;
using System.Globalization;
using System.Management.Automation;
using System.Text;
using IdentityCenter.Core.Errors;
using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.Policies;

namespace IdentityCenter.PowerShell.Errors
{
    /// <summary>
    /// Decides how a failure is reported: its ErrorId, category, message, advice, target, and whether the command stops.
    /// One item's failure lets the batch go on; a failure no later item could escape (configuration) stops it.
    /// </summary>
    internal static class ErrorMapper
    {
        public const string InvalidArgumentId = "IdentityCenter.InvalidArgument";
        public const string TransportId = "IdentityCenter.Transport";
        public const string TimeoutId = "IdentityCenter.Timeout";
        public const string ConfigurationId = "IdentityCenter.Configuration";
        public const string InvalidSettingId = "IdentityCenter.InvalidSetting";
        public const string CredentialsId = "IdentityCenter.Credentials";
        public const string PolicyInputId = "IdentityCenter.PolicyInput";
        public const string PolicyFileId = "IdentityCenter.PolicyFile";
        public const string InvalidPolicyId = "IdentityCenter.InvalidPolicy";

        /// <summary>A change failed, yet an attempt of it may have been applied: the ErrorId tells scripts to check first.</summary>
        public const string OutcomeUnknownId = "IdentityCenter.OutcomeUnknown";

        /// <summary>True for the failures this mapper describes; anything else is a defect and is left to propagate.</summary>
        public static bool Describes(Exception exception) =>
            exception is IdcValidationException
            || exception is IdcServiceException
            || exception is IdcTransportException
            || exception is IdcConfigurationException
            || exception is OperationCanceledException;

        /// <summary>A failure of one pipeline item's call.</summary>
        /// <param name="exception">What the call threw; an <see cref="OperationCanceledException"/> here means a timeout, not Ctrl+C.</param>
        public static ErrorDescription ForItem(Exception exception, ItemOperation operation)
        {
            var failed = "Could not " + operation.FailurePhrase + " " + operation.Target + ": ";
            switch (exception)
            {
                case IdcServiceException service:
                    return FromService(service, operation, failed);
                case IdcValidationException validation:
                    return new ErrorDescription(
                        validation,
                        InvalidArgumentId,
                        ErrorCategory.InvalidArgument,
                        failed + validation.Message,
                        ErrorAdvice.CorrectParameter(validation),
                        operation.Resource,
                        operation.Target,
                        isTerminating: false);
                case IdcTransportException transport:
                    return new ErrorDescription(
                        transport,
                        transport.OutcomeUnknown != null ? OutcomeUnknownId : TransportId,
                        ErrorCategory.ConnectionError,
                        failed + transport.Message,
                        transport.OutcomeUnknown != null
                            ? ErrorAdvice.CheckWhetherApplied(operation)
                            : transport.Permanent ? ErrorAdvice.CheckConnectionSetup : ErrorAdvice.CheckConnection,
                        operation.Resource,
                        operation.Target,
                        isTerminating: false);
                case IdcConfigurationException configuration:
                    return new ErrorDescription(
                        configuration,
                        ConfigurationId,
                        ErrorCategory.InvalidOperation,
                        failed + configuration.Message,
                        ErrorAdvice.ForConfiguration(configuration),
                        operation.Resource,
                        operation.Target,
                        isTerminating: true);
                case OperationCanceledException timeout:
                    return new ErrorDescription(
                        timeout,
                        TimeoutId,
                        ErrorCategory.OperationTimeout,
                        failed + "the request timed out.",
                        ErrorAdvice.RetryAfterTimeout,
                        operation.Resource,
                        operation.Target,
                        isTerminating: false);
                default:
                    throw new ArgumentException("Not a failure this mapper describes: " + exception.GetType().FullName, nameof(exception));
            }
        }

        /// <summary>A failure while preparing the command's client: nothing can be sent, so the command stops.</summary>
        public static ErrorDescription ForSetup(ClientSetupException failure)
        {
            var reason = failure.Reason;
            var message = reason.Message;
            if (reason is IdcValidationException validation)
            {
                return new ErrorDescription(
                    reason,
                    InvalidArgumentId,
                    ErrorCategory.InvalidArgument,
                    message,
                    ErrorAdvice.CorrectParameter(validation),
                    failure.Setting,
                    "-" + validation.Parameter,
                    isTerminating: true);
            }

            if (failure.Step == SetupStep.ClientOptions)
            {
                return new ErrorDescription(
                    reason,
                    InvalidSettingId,
                    ErrorCategory.InvalidArgument,
                    message,
                    ErrorAdvice.CorrectEndpoint,
                    failure.Setting,
                    "the Identity Center endpoint",
                    isTerminating: true);
            }

            return new ErrorDescription(
                reason,
                CredentialsId,
                ErrorCategory.AuthenticationError,
                message,
                ErrorAdvice.GiveCredentials,
                failure.Setting,
                "the Huawei Cloud credentials",
                isTerminating: true);
        }

        /// <summary>
        /// An item whose policy could not be had from -Policy or -PolicyPath. The batch goes on: the next item may
        /// name another file.
        /// </summary>
        /// <param name="operation">The item's change for Set-IdcCustomPolicy; null for Test-IdcPolicy, whose item is the file.</param>
        public static ErrorDescription ForPolicyInput(PolicyInputException failure, ItemOperation? operation)
        {
            var failed = operation == null ? string.Empty : "Could not " + operation.FailurePhrase + " " + operation.Target + ": ";
            var target = operation?.Resource ?? failure.Path;
            var targetName = failure.Path ?? operation?.Target ?? "-Policy";
            switch (failure.Problem)
            {
                case PolicyInputProblem.Missing:
                case PolicyInputProblem.Both:
                    return new ErrorDescription(failure, PolicyInputId, ErrorCategory.InvalidArgument, failed + failure.Message,
                        ErrorAdvice.GiveOnePolicy, target, targetName, isTerminating: false);
                case PolicyInputProblem.FileNotFound:
                    return new ErrorDescription(failure, PolicyFileId, ErrorCategory.ObjectNotFound, failed + failure.Message,
                        ErrorAdvice.CheckPolicyPath, target, targetName, isTerminating: false);
                case PolicyInputProblem.FileUnreadable:
                    return new ErrorDescription(failure, PolicyFileId, ErrorCategory.ReadError, failed + failure.Message,
                        ErrorAdvice.CheckPolicyFileAccess, target, targetName, isTerminating: false);
                default:
                    return new ErrorDescription(failure, PolicyFileId, ErrorCategory.InvalidArgument, failed + failure.Message,
                        ErrorAdvice.PolicyFileLimits(), target, targetName, isTerminating: false);
            }
        }

        /// <summary>A policy the offline check refused; nothing was sent for the item.</summary>
        public static ErrorDescription ForRefusedPolicy(PolicyValidationException failure, ItemOperation operation) =>
            new ErrorDescription(
                failure,
                InvalidPolicyId,
                ErrorCategory.InvalidArgument,
                "Could not " + operation.FailurePhrase + " " + operation.Target + ": " + failure.Message,
                ErrorAdvice.CorrectPolicy,
                operation.Resource,
                operation.Target,
                isTerminating: false);

        /// <summary>The category a service error belongs to: the kind Core decided, and the status where the kind is not enough.</summary>
        public static ErrorCategory CategoryFor(IdcServiceException service)
        {
            switch (service.Kind)
            {
                case ServiceErrorKind.SignatureRefused:
                case ServiceErrorKind.ClockSkew:
                    return ErrorCategory.SecurityError;
                case ServiceErrorKind.Throttled:
                    return ErrorCategory.LimitsExceeded;
                case ServiceErrorKind.InvalidArgument:
                    return ErrorCategory.InvalidArgument;
                case ServiceErrorKind.PermissionDenied:
                    return ErrorCategory.PermissionDenied;
                case ServiceErrorKind.NotFound:
                    return ErrorCategory.ObjectNotFound;
                case ServiceErrorKind.NameTaken:
                case ServiceErrorKind.Conflict:
                    return ErrorCategory.ResourceExists;

                // A change in progress or one that collided with another: the resource is busy, not already there.
                case ServiceErrorKind.ConcurrentChange:
                case ServiceErrorKind.ModificationFailed:
                    return ErrorCategory.ResourceBusy;
                case ServiceErrorKind.ServerError:
                    return ErrorCategory.ConnectionError;
                default:
                    return service.StatusCode >= 500 && service.StatusCode < 600 ? ErrorCategory.ConnectionError : ErrorCategory.NotSpecified;
            }
        }

        /// <summary>
        /// The service's code as the ErrorId when it has one; otherwise an id from the status. Characters PowerShell
        /// uses to join the fully qualified id (',') or that a gateway might add are replaced.
        /// </summary>
        public static string ErrorIdFor(int statusCode, string? errorCode)
        {
            if (string.IsNullOrWhiteSpace(errorCode))
            {
                return "IdentityCenter.Http" + statusCode.ToString(CultureInfo.InvariantCulture);
            }

            var id = new StringBuilder(errorCode!.Length);
            foreach (var c in errorCode.Trim())
            {
                id.Append(char.IsLetterOrDigit(c) || c == '.' || c == '_' || c == '-' ? c : '_');
            }

            // A code without a namespace ("Redirect") gets the module's, so every id says where it came from.
            return errorCode.IndexOf('.') < 0 ? "IdentityCenter." + id : id.ToString();
        }

        private static ErrorDescription FromService(IdcServiceException service, ItemOperation operation, string failed)
        {
            var message = new StringBuilder(failed)
                .Append(service.ErrorMessage.TrimEnd('.'))
                .Append(" (");
            if (!string.IsNullOrEmpty(service.ErrorCode))
            {
                message.Append("error code ").Append(service.ErrorCode).Append(", ");
            }

            message.Append("HTTP ").Append(service.StatusCode.ToString(CultureInfo.InvariantCulture));
            if (!string.IsNullOrEmpty(service.RequestId))
            {
                message.Append(", request id ").Append(service.RequestId);
            }

            message.Append(").");
            if (service.Note != null)
            {
                message.Append(' ').Append(service.Note);
            }

            if (service.OutcomeUnknown != null)
            {
                message.Append(' ').Append(service.OutcomeUnknown.Statement);
            }

            return new ErrorDescription(
                service,
                service.OutcomeUnknown != null ? OutcomeUnknownId : ErrorIdFor(service.StatusCode, service.ErrorCode),
                CategoryFor(service),
                message.ToString(),
                service.OutcomeUnknown != null ? ErrorAdvice.CheckWhetherApplied(operation) + " " + ErrorAdvice.ForService(service) : ErrorAdvice.ForService(service),
                operation.Resource,
                operation.Target,
                isTerminating: false);
        }
    }
}
