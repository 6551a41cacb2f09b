using System;
using IdentityCenter.Core;
using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Http;
using IdentityCenter.PowerShell.Output;

namespace IdentityCenter.PowerShell.Session
{
    /// <summary>
    /// Builds what Get-IdcContext shows by running the same resolution a command runs, so the report cannot disagree
    /// with what a command does. A setting that cannot be resolved becomes the report's Problem instead of an error.
    /// </summary>
    internal static class ContextReport
    {
        public static IdcContext Build(SessionSettings session, CredentialEnvironment environment)
        {
            string? problem = null;
            string endpoint;
            SettingSource endpointSource;
            try
            {
                var options = IdcClientOptions.Resolve(null, session, environment);
                endpoint = options.Endpoint.ToString();
                endpointSource = options.EndpointSource;
            }
            catch (IdcConfigurationException ex)
            {
                endpoint = EndpointPolicy.Redact(IdcClientOptions.ChooseEndpoint(null, session, environment, out endpointSource));
                problem = ex.Message;
            }

            IdcCredentialProvider? provider = null;
            try
            {
                provider = CredentialResolver.ResolveProvider(null, session, environment);
            }
            catch (Exception ex) when (ex is IdcConfigurationException || ex is IdcValidationException)
            {
                problem = problem == null ? ex.Message : problem + " " + ex.Message;
            }

            var credentials = provider?.Current;
            var domainId = credentials?.DomainId ?? session.DomainId;
            var domainIdSource = credentials != null ? credentials.DomainIdSource : session.DomainId != null ? SettingSource.Session : SettingSource.None;
            return new IdcContext(
                endpoint,
                endpointSource,
                credentials?.AccessKeyId,
                credentials?.KeySource ?? SettingSource.None,
                credentials?.IsTemporary ?? false,
                provider?.Description,
                provider?.ExpiresAt,
                domainId,
                domainIdSource,
                session.ProfileName,
                CredentialResolver.CredentialsFilePath(environment),
                problem);
        }
    }
}
