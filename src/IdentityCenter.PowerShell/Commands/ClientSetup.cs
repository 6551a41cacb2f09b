using System;
using IdentityCenter.Core;
using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Errors;
using IdentityCenter.PowerShell.Errors;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// A command's client: settings and credentials resolved once, before the first item. Nothing is sent here; the
    /// shared HTTP pipeline is built by the first call.
    /// </summary>
    internal sealed class ClientSetup
    {
        private ClientSetup(IdentityCenterClient client, string summary)
        {
            Client = client;
            Summary = summary;
        }

        public IdentityCenterClient Client { get; }

        /// <summary>Where calls go and with which access key, for the verbose stream; never a secret.</summary>
        public string Summary { get; }

        /// <exception cref="ClientSetupException">The settings or the credentials are unusable.</exception>
        public static ClientSetup Create(string? endpointUrl, CredentialInput input, CredentialEnvironment environment, IIdcEventSink sink)
        {
            IdcClientOptions options;
            try
            {
                options = IdcClientOptions.Resolve(endpointUrl, environment);
            }
            catch (IdcConfigurationException ex)
            {
                throw new ClientSetupException(SetupStep.ClientOptions, endpointUrl, ex);
            }

            IdcCredentials credentials;
            try
            {
                credentials = CredentialResolver.Resolve(input, environment);
            }
            catch (Exception ex) when (ex is IdcConfigurationException || ex is IdcValidationException)
            {
                throw new ClientSetupException(SetupStep.Credentials, null, ex);
            }

            var summary = "Calling Identity Center at " + options.Endpoint + " with " + credentials +
                (credentials.DomainId == null ? "; the account's domain id will be looked up at " + options.IamEndpoint : ", domain " + credentials.DomainId) + ".";
            return new ClientSetup(new IdentityCenterClient(options, credentials, sink), summary);
        }
    }
}
