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
        public static SessionSettings Build(CredentialInput input, string? profileName, string? endpointUrl, CredentialEnvironment environment) =>
            Build(input, profileName, useInstanceCredential: false, endpointUrl, environment);

        /// <param name="useInstanceCredential">Connect-IdcService -UseInstanceCredential: the ECS metadata service's keys, fetched now.</param>
        /// <exception cref="ClientSetupException">The endpoint, the keys, the profile or the metadata service cannot be used.</exception>
        public static SessionSettings Build(CredentialInput input, string? profileName, bool useInstanceCredential, string? endpointUrl, CredentialEnvironment environment)
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
                if (useInstanceCredential && (!string.IsNullOrWhiteSpace(input.AccessKeyId) || input.SecretAccessKey != null || input.SecurityToken != null || !string.IsNullOrWhiteSpace(profileName)))
                {
                    throw new IdcConfigurationException("-UseInstanceCredential takes the server's own temporary keys: give no access keys, security token or -ProfileName with it.");
                }

                var settings = useInstanceCredential
                    ? SessionSettings.ForInstanceCredentials(input.DomainId, endpointUrl)
                    : new SessionSettings(input.AccessKeyId, input.SecretAccessKey, input.SecurityToken, input.DomainId, profileName, endpointUrl);

                // Keys, a profile or the metadata service are resolved once as a command would, which reads the
                // profile, checks the token, and fetches the server's keys.
                if (settings.AccessKeyId != null || settings.ProfileName != null || settings.UsesInstanceCredentials)
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
