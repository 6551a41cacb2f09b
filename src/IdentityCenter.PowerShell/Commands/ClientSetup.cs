using System;
using IdentityCenter.Core;
using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Http;
using IdentityCenter.PowerShell.Errors;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// A command's client: settings and credentials resolved once, before the first item. Nothing is sent here; the
    /// shared HTTP pipeline is built by the first call.
    /// </summary>
    internal sealed class ClientSetup
    {
        private ClientSetup(IdentityCenterClient client, IdcCredentialProvider provider, SettingSource endpointSource)
        {
            Client = client;
            Provider = provider;
            EndpointSource = endpointSource;
        }

        public IdentityCenterClient Client { get; }

        /// <summary>The resolved credentials as they are now; only their access key id, sources and domain id are ever shown.</summary>
        public IdcCredentials Credentials => Provider.Current;

        /// <summary>What the client asks for keys on every attempt: fixed keys, or the metadata service's renewed ones.</summary>
        public IdcCredentialProvider Provider { get; }

        public SettingSource EndpointSource { get; }

        /// <summary>Where calls go and with which access key, for the verbose stream; never a secret.</summary>
        public string Summary =>
            "Calling Identity Center at " + Client.Options.Endpoint + " (" + Describe(EndpointSource) + ", " +
            Client.Options.DescribeRoute() + ") with " + Credentials + (Provider.ExpiresAt == null ? string.Empty : " (" + Provider.Description + ")") +
            (Credentials.DomainId == null
                ? "; the account's domain id will be looked up at " + Client.Options.IamEndpoint
                : ", domain " + Credentials.DomainId + " (" + Describe(Credentials.DomainIdSource) + ")") + ".";

        /// <summary>Which service and which account this client talks to: the key under which answers may be cached.</summary>
        public string ConnectionKey =>
            Client.Options.Endpoint.GetLeftPart(UriPartial.Path) + "|" + Credentials.AccessKeyId + "|" + (Credentials.DomainId ?? string.Empty);

        /// <summary>Without a session: the parameters, then the environment, then the credentials file.</summary>
        /// <exception cref="ClientSetupException">The settings or the credentials are unusable.</exception>
        public static ClientSetup Create(string? endpointUrl, CredentialInput input, CredentialEnvironment environment, IIdcEventSink sink) =>
            Create(endpointUrl, input, SessionSettings.Empty, environment, sink);

        /// <exception cref="ClientSetupException">The settings or the credentials are unusable.</exception>
        public static ClientSetup Create(string? endpointUrl, CredentialInput input, SessionSettings session, CredentialEnvironment environment, IIdcEventSink sink)
        {
            IdcClientOptions options;
            try
            {
                options = IdcClientOptions.Resolve(endpointUrl, session, environment);
            }
            catch (IdcConfigurationException ex)
            {
                // The text is shown as the error's target, so a password in it is hidden first.
                var chosen = IdcClientOptions.ChooseEndpoint(endpointUrl, session, environment, out _);
                throw new ClientSetupException(SetupStep.ClientOptions, EndpointPolicy.Redact(chosen), ex);
            }

            IdcCredentialProvider credentials;
            try
            {
                credentials = CredentialResolver.ResolveProvider(input, session, environment);
            }
            catch (Exception ex) when (ex is IdcConfigurationException || ex is IdcValidationException)
            {
                throw new ClientSetupException(SetupStep.Credentials, null, ex);
            }

            return new ClientSetup(new IdentityCenterClient(options, credentials, sink), credentials, options.EndpointSource);
        }

        private static string Describe(SettingSource source)
        {
            switch (source)
            {
                case SettingSource.Parameter:
                    return "from the parameter";
                case SettingSource.Session:
                    return "from the session";
                case SettingSource.Environment:
                    return "from the environment";
                case SettingSource.CredentialsFile:
                    return "from the credentials file";
                default:
                    return "the default";
            }
        }
    }
}
