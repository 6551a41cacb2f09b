using System;
using System.Globalization;
using System.Management.Automation;
using System.Text;
using IdentityCenter.Core.Credentials;
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

        private const string SignatureErrorCode = "APIGW.0301";
        private const string ThrottledErrorCode = "APIGW.0308";

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
                        "Correct the value of -" + validation.Parameter + ". " + validation.Limit + ".",
                        operation.Resource,
                        operation.Target,
                        isTerminating: false);
                case IdcTransportException transport:
                    return new ErrorDescription(
                        transport,
                        TransportId,
                        ErrorCategory.ConnectionError,
                        failed + transport.Message,
                        "Check the network connection, any proxy, and the endpoint (-EndpointUrl); the request was already retried.",
                        operation.Resource,
                        operation.Target,
                        isTerminating: false);
                case IdcConfigurationException configuration:
                    return new ErrorDescription(
                        configuration,
                        ConfigurationId,
                        ErrorCategory.InvalidOperation,
                        failed + configuration.Message,
                        "Pass -DomainId (the account id) or set " + EnvironmentVariables.DomainId + ", then run the command again.",
                        operation.Resource,
                        operation.Target,
                        isTerminating: true);
                case OperationCanceledException timeout:
                    return new ErrorDescription(
                        timeout,
                        TimeoutId,
                        ErrorCategory.OperationTimeout,
                        failed + "the request timed out.",
                        "Retry later; check the network connection and the endpoint (-EndpointUrl).",
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
                    "Correct the value of -" + validation.Parameter + ". " + validation.Limit + ".",
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
                    "Give -EndpointUrl an https URL (plain http only to 127.0.0.1, ::1 or localhost), or correct the " +
                    "environment variable the message names.",
                    failure.Setting,
                    "the Identity Center endpoint",
                    isTerminating: true);
            }

            return new ErrorDescription(
                reason,
                CredentialsId,
                ErrorCategory.AuthenticationError,
                message,
                "Pass -Credential (user name = access key id, password = secret key) or -AccessKeyId with -SecretAccessKey; " +
                "or run Connect-IdcService once for the session; " +
                "or set " + EnvironmentVariables.AccessKeyId + " and " + EnvironmentVariables.SecretAccessKey +
                "; or add ak and sk to the [global] section of ~/.huaweicloud/credentials.",
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
                        "Give exactly one of -Policy and -PolicyPath for each item.", target, targetName, isTerminating: false);
                case PolicyInputProblem.FileNotFound:
                    return new ErrorDescription(failure, PolicyFileId, ErrorCategory.ObjectNotFound, failed + failure.Message,
                        "Check the path given to -PolicyPath; a relative path is taken from the current location.", target, targetName, isTerminating: false);
                case PolicyInputProblem.FileUnreadable:
                    return new ErrorDescription(failure, PolicyFileId, ErrorCategory.ReadError, failed + failure.Message,
                        "Check that the file can be read by this user and is not locked by another program.", target, targetName, isTerminating: false);
                default:
                    return new ErrorDescription(failure, PolicyFileId, ErrorCategory.InvalidArgument, failed + failure.Message,
                        "Give -PolicyPath a JSON file of at most " + Core.Validation.Limits.PolicyMax.ToString("N0", CultureInfo.InvariantCulture) +
                        " characters on a file-system drive.", target, targetName, isTerminating: false);
            }
        }

        /// <summary>A policy the offline check refused; nothing was sent for the item.</summary>
        public static ErrorDescription ForRefusedPolicy(PolicyValidationException failure, ItemOperation operation) =>
            new ErrorDescription(
                failure,
                InvalidPolicyId,
                ErrorCategory.InvalidArgument,
                "Could not " + operation.FailurePhrase + " " + operation.Target + ": " + failure.Message,
                "Correct the policy; Test-IdcPolicy lists every finding with its JSON path. To send it unchecked, add -SkipPolicyValidation.",
                operation.Resource,
                operation.Target,
                isTerminating: false);

        /// <summary>The category a service error belongs to, from its HTTP status and, where that is not enough, its code.</summary>
        public static ErrorCategory CategoryFor(int statusCode, string? errorCode)
        {
            if (IsCode(errorCode, SignatureErrorCode))
            {
                return ErrorCategory.SecurityError;
            }

            if (statusCode == 429 || IsCode(errorCode, ThrottledErrorCode))
            {
                return ErrorCategory.LimitsExceeded;
            }

            switch (statusCode)
            {
                case 400:
                    return ErrorCategory.InvalidArgument;
                case 401:
                case 403:
                    return ErrorCategory.PermissionDenied;
                case 404:
                    return ErrorCategory.ObjectNotFound;
                case 409:
                    // .1006 and .1007 are concurrent-change conflicts, not an existing resource: retrying can succeed.
                    return IsServiceCode(errorCode, "1006") || IsServiceCode(errorCode, "1007") ? ErrorCategory.ResourceBusy : ErrorCategory.ResourceExists;
                default:
                    return statusCode >= 500 && statusCode < 600 ? ErrorCategory.ConnectionError : ErrorCategory.NotSpecified;
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
            return new ErrorDescription(
                service,
                ErrorIdFor(service.StatusCode, service.ErrorCode),
                CategoryFor(service.StatusCode, service.ErrorCode),
                message.ToString(),
                AdviceFor(service),
                operation.Resource,
                operation.Target,
                isTerminating: false);
        }

        private static string AdviceFor(IdcServiceException service)
        {
            var code = service.ErrorCode;
            var status = service.StatusCode;
            if (IsCode(code, SignatureErrorCode))
            {
                return "Check the access key id and secret key (and the security token of temporary credentials), and that this " +
                    "computer's clock is right: the service refuses signatures more than 15 minutes off its time.";
            }

            switch (CategoryFor(status, code))
            {
                case ErrorCategory.LimitsExceeded:
                    return "The service is throttling requests and the retries did not get through; wait, then retry more slowly.";
                case ErrorCategory.InvalidArgument:
                    return "Check the parameter values; the service message names the one it refused.";
                case ErrorCategory.PermissionDenied:
                    return status == 401
                        ? "Check the credentials: the service did not accept them."
                        : "Use credentials of the organization's management account or a delegated administrator that may perform this " +
                          "Identity Center action." + (string.IsNullOrEmpty(service.EncodedAuthorizationMessage)
                            ? string.Empty
                            : " The exception's EncodedAuthorizationMessage explains the denial once decoded with the STS decode API.");
                case ErrorCategory.ObjectNotFound:
                    return "Check -InstanceId and -PermissionSetId: the service does not know the instance or permission set " +
                        "(or -EndpointUrl points at another service).";
                case ErrorCategory.ResourceExists:
                    return IsServiceCode(code, "1204") || IsServiceCode(code, "1206")
                        ? "Choose another name, or use the permission set that already has this one."
                        : "The request conflicts with the resource's current state; check the resource, then retry.";
                case ErrorCategory.ResourceBusy:
                    return "Another change to the same resource is in progress; retry shortly.";
                case ErrorCategory.ConnectionError:
                    return "The service failed and the retries did not get through; retry later, quoting the request id if you contact support.";
                default:
                    return "Read the service message and request id above; retry if the condition was temporary.";
            }
        }

        private static bool IsCode(string? errorCode, string expected) =>
            string.Equals(errorCode?.Trim(), expected, StringComparison.OrdinalIgnoreCase);

        // The international site spells codes IdentityCenter.NNNN, the EU site IIC.NNNN.
        private static bool IsServiceCode(string? errorCode, string number) =>
            IsCode(errorCode, "IdentityCenter." + number) || IsCode(errorCode, "IIC." + number);
    }
}
