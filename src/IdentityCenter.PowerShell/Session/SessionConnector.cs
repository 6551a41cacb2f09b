using System;
using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Http;
using IdentityCenter.PowerShell.Errors;

namespace IdentityCenter.PowerShell.Session
{
    /// <summary>
    /// Turns what Connect-IdcService was given into session settings, checking them now so a mistake shows at the
    /// connect, not at the first command after it. Nothing is sent to the service and nothing is written to disk.
    /// </summary>
    internal static class SessionConnector
    {
        /// <exception cref="ClientSetupException">The endpoint, the keys or the profile cannot be used.</exception>
        public static SessionSettings Build(CredentialInput input, string? profileName, string? endpointUrl, CredentialEnvironment environment)
        {
            if (!string.IsNullOrWhiteSpace(endpointUrl))
            {
                try
                {
                    EndpointPolicy.Parse(endpointUrl!, "-EndpointUrl");
                }
                catch (IdcConfigurationException ex)
                {
                    throw new ClientSetupException(SetupStep.ClientOptions, EndpointPolicy.Redact(endpointUrl), ex);
                }
            }

            try
            {
                var settings = new SessionSettings(input.AccessKeyId, input.SecretAccessKey, input.SecurityToken, input.DomainId, profileName, endpointUrl);

                // Keys or a profile are resolved once as a command would, which reads the profile and checks the token.
                if (settings.AccessKeyId != null || settings.ProfileName != null)
                {
                    CredentialResolver.Resolve(null, settings, environment);
                }

                return settings;
            }
            catch (Exception ex) when (ex is IdcConfigurationException || ex is IdcValidationException)
            {
                throw new ClientSetupException(SetupStep.Credentials, null, ex);
            }
        }

        /// <summary>What the verbose stream says after a connect; never a secret.</summary>
        public static string Describe(SessionSettings settings) =>
            settings.IsEmpty
                ? "The session holds no settings: commands use their parameters, the environment and the credentials file."
                : "Connected: the " + settings + " is held for this process only; nothing was written to disk.";
    }
}
