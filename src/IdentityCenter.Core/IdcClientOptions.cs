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

            var attempts = environment.GetVariable(EnvironmentVariables.MaxAttempts);
            if (attempts != null)
            {
                if (!int.TryParse(attempts, out var count) || count < 1 || count > 20)
                {
                    throw new Errors.IdcConfigurationException(
                        "The environment variable " + EnvironmentVariables.MaxAttempts + " is '" + attempts + "'; it must be a whole number from 1 to 20.");
                }

                options.Retry.MaxAttempts = count;
            }

            return options;
        }

        public override string ToString() => Endpoint.ToString();
    }
}
