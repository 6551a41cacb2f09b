using System;
using System.Security;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core.Credentials
{
    /// <summary>
    /// What Connect-IdcService set for this process: an access key pair (with a security token for temporary
    /// credentials), the name of a profile in the credentials file, or the ECS metadata service's temporary keys;
    /// a domain id and an endpoint. Held in memory
    /// only, never written anywhere. The secrets stay in read-only SecureString copies that no public member returns.
    /// </summary>
    public sealed class SessionSettings
    {
        private SessionSettings()
        {
        }

        private SessionSettings(string? domainId, string? endpointUrl, bool usesInstanceCredentials)
        {
            DomainId = domainId;
            EndpointUrl = endpointUrl;
            UsesInstanceCredentials = usesInstanceCredentials;
        }

        /// <remarks>Only the shape is checked here; the resolver checks the keys themselves when a command uses them.</remarks>
        /// <exception cref="IdcConfigurationException">The values do not make one usable session.</exception>
        public SessionSettings(string? accessKeyId, SecureString? secretAccessKey, SecureString? securityToken, string? domainId, string? profileName, string? endpointUrl)
        {
            var hasKey = !string.IsNullOrWhiteSpace(accessKeyId);
            var hasSecret = secretAccessKey != null && secretAccessKey.Length > 0;
            if (hasKey != hasSecret)
            {
                throw new IdcConfigurationException(hasKey
                    ? "An access key id was given without its secret key: give both, or -Credential."
                    : "A secret key was given without its access key id: give both, or -Credential.");
            }

            if (securityToken != null && securityToken.Length > 0 && !hasKey)
            {
                throw new IdcConfigurationException("A security token belongs to temporary access keys: give it with -Credential or -AccessKeyId and -SecretAccessKey.");
            }

            if (hasKey && !string.IsNullOrWhiteSpace(profileName))
            {
                throw new IdcConfigurationException("Give either access keys or -ProfileName, not both: a profile carries its own keys.");
            }

            // Checked here, where the parameter is still known, so no later command meets a value that splits headers.
            RequestValidator.ValidateHeaderValue("the access key id", hasKey ? accessKeyId!.Trim() : null, "-AccessKeyId (or the user name of -Credential)", isSecret: false);
            RequestValidator.ValidateHeaderValue("the domain id", Given(domainId), "-DomainId", isSecret: false);
            if (hasKey && securityToken != null && securityToken.Length > 0)
            {
                RequestValidator.ValidateHeaderValue("the security token", IdcCredentials.Reveal(securityToken).Trim(), "-SecurityToken", isSecret: true);
            }

            AccessKeyId = hasKey ? accessKeyId!.Trim() : null;
            SecretAccessKey = hasKey ? Protect(secretAccessKey!) : null;
            SecurityToken = hasKey && securityToken != null && securityToken.Length > 0 ? Protect(securityToken) : null;
            DomainId = Given(domainId);
            ProfileName = Given(profileName);
            EndpointUrl = Given(endpointUrl);
        }

        /// <summary>The server's temporary keys from the ECS metadata service (Connect-IdcService -UseInstanceCredential).</summary>
        /// <exception cref="IdcConfigurationException">The domain id cannot travel as a header.</exception>
        public static SessionSettings ForInstanceCredentials(string? domainId, string? endpointUrl)
        {
            var settings = new SessionSettings(null, null, null, domainId, null, endpointUrl);
            return new SessionSettings(settings.DomainId, settings.EndpointUrl, usesInstanceCredentials: true);
        }

        /// <summary>No session: every command falls through to the environment and the credentials file.</summary>
        public static SessionSettings Empty { get; } = new SessionSettings();

        public string? AccessKeyId { get; }

        /// <summary>True when the session's keys are temporary and travel with a security token.</summary>
        public bool HasSecurityToken => SecurityToken != null;

        public string? DomainId { get; }

        /// <summary>A section of the credentials file whose keys the session uses, instead of keys of its own.</summary>
        public string? ProfileName { get; }

        public string? EndpointUrl { get; }

        /// <summary>True when the session's keys are the server's, from the ECS metadata service, renewed as they near expiry.</summary>
        public bool UsesInstanceCredentials { get; }

        public bool IsEmpty => AccessKeyId == null && !UsesInstanceCredentials && DomainId == null && ProfileName == null && EndpointUrl == null;

        internal SecureString? SecretAccessKey { get; }

        internal SecureString? SecurityToken { get; }

        public override string ToString()
        {
            if (IsEmpty)
            {
                return "no session";
            }

            var parts = new System.Collections.Generic.List<string>();
            if (AccessKeyId != null)
            {
                parts.Add("AccessKeyId " + AccessKeyId + (HasSecurityToken ? " (temporary)" : string.Empty));
            }

            if (UsesInstanceCredentials)
            {
                parts.Add("temporary keys from the ECS metadata service");
            }

            if (ProfileName != null)
            {
                parts.Add("profile '" + ProfileName + "'");
            }

            if (DomainId != null)
            {
                parts.Add("domain " + DomainId);
            }

            if (EndpointUrl != null)
            {
                parts.Add("endpoint " + EndpointUrl);
            }

            return "session with " + string.Join(", ", parts);
        }

        private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();

        // A copy the caller cannot change or dispose under the session; read-only so nothing can append to it later.
        private static SecureString Protect(SecureString value)
        {
            var copy = value.Copy();
            copy.MakeReadOnly();
            return copy;
        }
    }
}
