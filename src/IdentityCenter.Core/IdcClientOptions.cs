using System;
using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Http;

namespace IdentityCenter.Core
{
    /// <summary>Where a call goes and how hard it tries.</summary>
    public sealed class IdcClientOptions
    {
        public Uri Endpoint { get; set; } = new Uri(EndpointPolicy.DefaultEndpoint);

        /// <summary>IAM, asked for the account's domain id when none is configured.</summary>
        public Uri IamEndpoint { get; set; } = new Uri(EndpointPolicy.DefaultIamEndpoint);

        public RetryPolicy Retry { get; set; } = RetryPolicy.Default.Clone();

        /// <summary>The clock for X-Sdk-Date; replaceable in tests.</summary>
        public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

        /// <summary>
        /// The endpoint given to the call wins, then the environment variable, then the public endpoint. The IAM
        /// endpoint follows the SDKs' variable; with a loopback Identity Center endpoint and no IAM variable, IAM is
        /// asked at the same address, which is what the local emulator serves.
        /// </summary>
        public static IdcClientOptions Resolve(string? endpoint, CredentialEnvironment environment)
        {
            var options = new IdcClientOptions();
            var fromEnvironment = environment.GetVariable(EnvironmentVariables.IdentityCenterEndpoint);
            if (!string.IsNullOrWhiteSpace(endpoint))
            {
                options.Endpoint = EndpointPolicy.Parse(endpoint!, "-EndpointUrl");
            }
            else if (fromEnvironment != null)
            {
                options.Endpoint = EndpointPolicy.Parse(fromEnvironment, "the environment variable " + EnvironmentVariables.IdentityCenterEndpoint);
            }

            var iam = environment.GetVariable(EnvironmentVariables.IamEndpoint);
            if (iam != null)
            {
                options.IamEndpoint = EndpointPolicy.Parse(iam, "the environment variable " + EnvironmentVariables.IamEndpoint);
            }
            else if (EndpointPolicy.IsLoopback(options.Endpoint))
            {
                options.IamEndpoint = options.Endpoint;
            }

            var attempts = WholeNumber(environment, EnvironmentVariables.MaxAttempts, 1, 20);
            if (attempts.HasValue)
            {
                options.Retry.MaxAttempts = attempts.Value;
            }

            var seconds = WholeNumber(environment, EnvironmentVariables.TimeoutSeconds, 1, 3600);
            if (seconds.HasValue)
            {
                options.Retry.TotalTimeout = TimeSpan.FromSeconds(seconds.Value);
                if (options.Retry.AttemptTimeout > options.Retry.TotalTimeout)
                {
                    options.Retry.AttemptTimeout = options.Retry.TotalTimeout;
                }
            }

            return options;
        }

        public override string ToString() => Endpoint.ToString();

        private static int? WholeNumber(CredentialEnvironment environment, string variable, int min, int max)
        {
            var text = environment.GetVariable(variable);
            if (text == null)
            {
                return null;
            }

            if (!int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            {
                throw new Errors.IdcConfigurationException(
                    "The environment variable " + variable + " is '" + text + "'; it must be a whole number from " + min + " to " + max + ".");
            }

            return value;
        }
    }
}
