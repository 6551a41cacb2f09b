using System.Globalization;
using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Errors;
using IdentityCenter.PowerShell.Commands;

namespace IdentityCenter.PowerShell.Errors
{
    /// <summary>
    /// What a user can do about each failure, in PowerShell's words (parameters, commands, variables). Core states
    /// what happened; the advice for it lives here and nowhere else.
    /// </summary>
    internal static class ErrorAdvice
    {
        public const string CorrectEndpoint =
            "Give -EndpointUrl an https URL (plain http only to 127.0.0.1, ::1 or localhost), or correct the environment variable the message names.";

        public const string GiveCredentials =
            "Pass -Credential (user name = access key id, password = secret key) or -AccessKeyId with -SecretAccessKey; " +
            "or run Connect-IdcService once for the session; " +
            "or set " + EnvironmentVariables.AccessKeyId + " and " + EnvironmentVariables.SecretAccessKey +
            "; or add ak and sk to the [global] section of ~/.huaweicloud/credentials.";

        public const string GiveDomainId =
            "Pass -DomainId (the account id) or set " + EnvironmentVariables.DomainId + ", then run the command again.";

        public const string CheckConnection =
            "Check the network connection, any proxy, and the endpoint (-EndpointUrl); the request was already retried.";

        public const string CheckConnectionSetup =
            "Check the endpoint (-EndpointUrl), the system's name resolution and trusted certificates, and any proxy; another attempt would fail the same way, so none was made.";

        public const string RetryAfterTimeout = "Retry later; check the network connection and the endpoint (-EndpointUrl).";

        public const string GiveOnePolicy = "Give exactly one of -Policy and -PolicyPath for each item.";

        public const string CheckPolicyPath = "Check the path given to -PolicyPath; a relative path is taken from the current location.";

        public const string CheckPolicyFileAccess = "Check that the file can be read by this user and is not locked by another program.";

        public const string CorrectPolicy =
            "Correct the policy; Test-IdcPolicy lists every finding with its JSON path. To send it unchecked, add -SkipPolicyValidation.";

        public static string CorrectParameter(IdcValidationException validation) => "Correct the value of -" + validation.Parameter + ". " + validation.Limit + ".";

        public static string PolicyFileLimits() =>
            "Give -PolicyPath a JSON file of at most " + Core.Validation.Limits.PolicyMax.ToString("N0", CultureInfo.InvariantCulture) + " characters on a file-system drive.";

        /// <summary>A change that failed although it may have been made: check before repeating it.</summary>
        public static string CheckWhetherApplied(ItemOperation operation) =>
            "Check whether the change to " + operation.Target + " was made (in the console, or by listing the instance's permission sets) " +
            "before running the command again; a repeated create then reports the name as taken.";

        /// <summary>
        /// A configuration found wanting during a call: today the domain-id look-up. Keys IAM refused need the
        /// signature advice, not a domain id.
        /// </summary>
        public static string ForConfiguration(IdcConfigurationException configuration) =>
            configuration.CredentialsRefused && configuration.InnerException is IdcServiceException refusal
                ? ForService(refusal)
                : GiveDomainId;

        public static string ForService(IdcServiceException service)
        {
            switch (service.Kind)
            {
                case ServiceErrorKind.SignatureRefused:
                    return "Check the access key id and secret key (and the security token of temporary credentials), and that this " +
                        "computer's clock is right: the service refuses signatures more than 15 minutes off its time.";
                case ServiceErrorKind.ClockSkew:
                    return "Set this computer's clock right (synchronise it with a time server): the service refuses signatures more than 15 minutes off its time.";
                case ServiceErrorKind.Throttled:
                    return "The service is throttling requests and the retries did not get through; wait, then retry more slowly.";
                case ServiceErrorKind.InvalidArgument:
                    return "Check the parameter values; the service message names the one it refused.";
                case ServiceErrorKind.PermissionDenied:
                    return service.StatusCode == 401
                        ? "Check the credentials: the service did not accept them."
                        : "Use credentials of the organization's management account or a delegated administrator that may perform this " +
                          "Identity Center action." + (string.IsNullOrEmpty(service.EncodedAuthorizationMessage)
                            ? string.Empty
                            : " The exception's EncodedAuthorizationMessage explains the denial once decoded with the STS decode API.");
                case ServiceErrorKind.NotFound:
                    return "Check -InstanceId and -PermissionSetId: the service does not know the instance or permission set " +
                        "(or -EndpointUrl points at another service).";
                case ServiceErrorKind.NameTaken:
                    return "Choose another name, or use the permission set that already has this one.";
                case ServiceErrorKind.Conflict:
                    return "The request conflicts with the resource's current state; check the resource, then retry.";
                case ServiceErrorKind.ConcurrentChange:
                    return "Another change to the same resource was still in progress after the retries; wait until it ends, then run the command again.";
                case ServiceErrorKind.ModificationFailed:
                    return "The service could not apply the change because the resource was being modified; check the resource's current state, then run the command again.";
                case ServiceErrorKind.ServerError:
                    return "The service failed and the retries did not get through; retry later, quoting the request id if you contact support.";
                case ServiceErrorKind.Redirect:
                    return "Check the endpoint (-EndpointUrl): it answers with a redirect, which the Identity Center API never does.";
                default:
                    return "Read the service message and request id above; retry if the condition was temporary.";
            }
        }
    }
}
