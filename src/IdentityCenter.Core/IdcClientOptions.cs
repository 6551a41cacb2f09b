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

        /// <summary>Where <see cref="Endpoint"/> came from, as credentials name their sources.</summary>
        public SettingSource EndpointSource { get; set; } = SettingSource.Default;

        /// <summary>Without a session: the endpoint given to the call, then the environment variable, then the public endpoint.</summary>
        public static IdcClientOptions Resolve(string? endpoint, CredentialEnvironment environment) =>
            Resolve(endpoint, null, environment);

        /// <summary>
        /// The endpoint given to the call wins, then the session's, then the environment variable, then the public
        /// endpoint. The IAM endpoint follows the SDKs' variable; with a loopback Identity Center endpoint and no IAM
        /// variable, IAM is asked at the same address, which is what the local emulator serves.
        /// </summary>
        /// <exception cref="Errors.IdcConfigurationException">The chosen endpoint or another setting is unusable.</exception>
        public static IdcClientOptions Resolve(string? endpoint, SessionSettings? session, CredentialEnvironment environment)
        {
            var options = new IdcClientOptions();
            var text = ChooseEndpoint(endpoint, session, environment, out var source);
            options.Endpoint = EndpointPolicy.Parse(text, Describe(source));
            options.EndpointSource = source;

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

        /// <summary>The endpoint text the precedence picks and its source, unparsed: what to show when it cannot be used.</summary>
        public static string ChooseEndpoint(string? endpoint, SessionSettings? session, CredentialEnvironment environment, out SettingSource source)
        {
            if (!string.IsNullOrWhiteSpace(endpoint))
            {
                source = SettingSource.Parameter;
                return endpoint!;
            }

            if (session?.EndpointUrl != null)
            {
                source = SettingSource.Session;
                return session.EndpointUrl;
            }

            var fromEnvironment = environment.GetVariable(EnvironmentVariables.IdentityCenterEndpoint);
            if (fromEnvironment != null)
            {
                source = SettingSource.Environment;
                return fromEnvironment;
            }

            source = SettingSource.Default;
            return EndpointPolicy.DefaultEndpoint;
        }

        /// <summary>"directly", or the proxy the system would use for the endpoint with its user information hidden.</summary>
        public string DescribeRoute() => LoopbackDirectProxy.FromSystem.Describe(Endpoint);

        public override string ToString() => Endpoint.ToString();

        private static string Describe(SettingSource source)
        {
            switch (source)
            {
                case SettingSource.Parameter:
                    return "-EndpointUrl";
                case SettingSource.Session:
                    return "the session (Connect-IdcService -EndpointUrl)";
                case SettingSource.Environment:
                    return "the environment variable " + EnvironmentVariables.IdentityCenterEndpoint;
                default:
                    return "the built-in default";
            }
        }

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
