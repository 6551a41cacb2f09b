using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core.Credentials
{
    /// <summary>
    /// Finds credentials; the first complete source wins: values given to the call, then the session
    /// (Connect-IdcService: its keys, the profile it names, or the ECS metadata service), then the environment, then
    /// the <c>[global]</c> section of the credentials file, then the ECS metadata service. A domain id given to the call
    /// always wins; the session's applies to any keys not given to the call; otherwise the keys' source gives its own
    /// (for the metadata service, the environment's), or none (it is then looked up from IAM).
    /// </summary>
    public static class CredentialResolver
    {
        public const string ProfileSection = "global";

        private const string SessionOrigin = "the session (Connect-IdcService)";

        public static IdcCredentials Resolve(CredentialInput? given, CredentialEnvironment environment) =>
            Resolve(given, null, environment);

        /// <summary>The credentials <see cref="ResolveProvider(CredentialInput?, SessionSettings?, CredentialEnvironment)"/> finds, as they are now.</summary>
        public static IdcCredentials Resolve(CredentialInput? given, SessionSettings? session, CredentialEnvironment environment) =>
            ResolveProvider(given, session, environment).Current;

        /// <param name="session">What Connect-IdcService set; null or empty when there is no session.</param>
        /// <remarks>
        /// The metadata step asks the service at once (its first contact is limited to about a second), so a missing
        /// service is reported here with the other places looked, not at the first request.
        /// </remarks>
        /// <exception cref="IdcConfigurationException">No source holds credentials, or a chosen one cannot be used.</exception>
        public static IdcCredentialProvider ResolveProvider(CredentialInput? given, SessionSettings? session, CredentialEnvironment environment)
        {
            var looked = new List<string>();
            var provider = Fixed(FromInput(given, looked))
                ?? FromSession(session, environment, looked)
                ?? Fixed(FromEnvironment(environment, looked))
                ?? Fixed(FromFile(environment, ProfileSection, looked))
                ?? FromMetadata(environment, explicitRequest: false, looked);
            if (provider == null)
            {
                throw new IdcConfigurationException(
                    "No Huawei Cloud access key and secret key were found. Looked in: " + string.Join("; ", looked) +
                    ". Pass -Credential (user name = access key id, password = secret key), run Connect-IdcService, " +
                    "set the environment variables, add them to the credentials file, or run on a Huawei Cloud server whose agency grants access.");
            }

            var credentials = provider.Current;
            RequestValidator.ValidateSecurityToken(credentials.SecurityToken);
            if (!string.IsNullOrWhiteSpace(given?.DomainId))
            {
                var domainId = given!.DomainId!.Trim();
                RequestValidator.ValidateHeaderValue("the domain id", domainId, "-DomainId", isSecret: false);
                return provider.WithDomainId(domainId, SettingSource.Parameter);
            }

            // Keys given to the call may belong to another account than the session's, so only the call's -DomainId
            // (or a look-up) can name theirs.
            if (session?.DomainId != null && credentials.KeySource != SettingSource.Parameter)
            {
                return provider.WithDomainId(session.DomainId, SettingSource.Session);
            }

            return provider;
        }

        public static string CredentialsFilePath(CredentialEnvironment environment) =>
            environment.GetVariable(EnvironmentVariables.CredentialsFile)
            ?? Path.Combine(environment.HomeDirectory, ".huaweicloud", "credentials");

        private static IdcCredentials? FromInput(CredentialInput? given, List<string> looked)
        {
            looked.Add("the -AccessKeyId/-SecretAccessKey or -Credential parameters");
            if (given == null)
            {
                return null;
            }

            var hasKey = !string.IsNullOrWhiteSpace(given.AccessKeyId);
            var hasSecret = given.SecretAccessKey != null && given.SecretAccessKey.Length > 0;
            if (hasKey != hasSecret)
            {
                throw new IdcConfigurationException(hasKey
                    ? "-AccessKeyId was given without -SecretAccessKey: give both, or -Credential."
                    : "-SecretAccessKey was given without -AccessKeyId: give both, or -Credential.");
            }

            if (!hasKey)
            {
                return null;
            }

            var credentials = new IdcCredentials(given.AccessKeyId!, given.SecretAccessKey!, given.SecurityToken, given.DomainId, "parameters", SettingSource.Parameter);
            return HeaderSafe(credentials, new Origins("-AccessKeyId (or the user name of -Credential)", "-SecurityToken", "-DomainId"));
        }

        private static IdcCredentialProvider? Fixed(IdcCredentials? credentials) =>
            credentials == null ? null : IdcCredentialProvider.Fixed(credentials);

        private static IdcCredentialProvider? FromSession(SessionSettings? session, CredentialEnvironment environment, List<string> looked)
        {
            if (session?.AccessKeyId != null)
            {
                looked.Add("the session");
                var fromSession = new IdcCredentials(session.AccessKeyId, session.SecretAccessKey!, session.SecurityToken, session.DomainId, "session", SettingSource.Session);
                return Fixed(HeaderSafe(fromSession, new Origins(SessionOrigin, SessionOrigin, SessionOrigin)));
            }

            if (session?.UsesInstanceCredentials == true)
            {
                // Chosen on purpose: asked again even where an earlier probe found nothing, and never passed over.
                looked.Add("the session");
                return FromMetadata(environment, explicitRequest: true, looked);
            }

            if (session?.ProfileName == null)
            {
                looked.Add("the session (none set by Connect-IdcService)");
                return null;
            }

            // A profile chosen on purpose must not be passed over silently for keys the user did not mean.
            var path = CredentialsFilePath(environment);
            var text = environment.ReadFile(path);
            if (text == null)
            {
                throw new IdcConfigurationException(
                    "The session uses profile '" + session.ProfileName + "', but there is no credentials file at " + path +
                    ". Run Connect-IdcService with other credentials, or Disconnect-IdcService.");
            }

            var sections = ProfileFile.Parse(text);
            var credentials = FromSection(sections, session.ProfileName, "session profile '" + session.ProfileName + "' in " + path, SettingSource.Session);
            if (credentials == null)
            {
                var known = sections.Keys.Count == 0 ? "none" : string.Join(", ", sections.Keys.OrderBy(k => k, System.StringComparer.OrdinalIgnoreCase));
                throw new IdcConfigurationException(
                    "The session uses profile '" + session.ProfileName + "', but " + path + " has no [" + session.ProfileName +
                    "] section with both ak and sk (sections found: " + known + "). Run Connect-IdcService with another -ProfileName, or Disconnect-IdcService.");
            }

            looked.Add("the session");
            return Fixed(credentials);
        }

        private static IdcCredentials? FromEnvironment(CredentialEnvironment environment, List<string> looked)
        {
            looked.Add("the environment variables " + EnvironmentVariables.AccessKeyId + " and " + EnvironmentVariables.SecretAccessKey);
            var accessKey = environment.GetVariable(EnvironmentVariables.AccessKeyId);
            var secretKey = environment.GetVariable(EnvironmentVariables.SecretAccessKey);
            if (accessKey == null || secretKey == null)
            {
                return null;
            }

            var credentials = new IdcCredentials(
                accessKey,
                secretKey,
                environment.GetVariable(EnvironmentVariables.SecurityToken),
                environment.GetVariable(EnvironmentVariables.DomainId),
                "environment",
                SettingSource.Environment);
            return HeaderSafe(credentials, new Origins(
                "the environment variable " + EnvironmentVariables.AccessKeyId,
                "the environment variable " + EnvironmentVariables.SecurityToken,
                "the environment variable " + EnvironmentVariables.DomainId));
        }

        private static IdcCredentials? FromFile(CredentialEnvironment environment, string section, List<string> looked)
        {
            var path = CredentialsFilePath(environment);
            var text = environment.ReadFile(path);
            if (text == null)
            {
                looked.Add("the [" + section + "] section of " + path + " (no such file)");
                return null;
            }

            looked.Add("the [" + section + "] section of " + path);
            return FromSection(ProfileFile.Parse(text), section, "credentials file " + path, SettingSource.CredentialsFile);
        }

        /// <param name="explicitRequest">Connect-IdcService -UseInstanceCredential chose the service: a failure is an error, not a step passed.</param>
        private static IdcCredentialProvider? FromMetadata(CredentialEnvironment environment, bool explicitRequest, List<string> looked)
        {
            var text = environment.MetadataServiceUrl;
            if (text == null)
            {
                if (explicitRequest)
                {
                    throw new IdcConfigurationException("The session uses the ECS metadata service, but this environment names none.");
                }

                return null;
            }

            var fromVariable = environment.GetVariable(EnvironmentVariables.MetadataUrl) != null;
            var url = MetadataService.ParseUrl(text, fromVariable ? "the environment variable " + EnvironmentVariables.MetadataUrl : "the built-in default");
            var cache = MetadataCredentialCache.For(url);
            var origin = cache.Service.Origin;
            var unreachable = cache.Unreachable;
            if (unreachable != null && !explicitRequest)
            {
                looked.Add(unreachable.TrimEnd('.') + " (earlier in this process, so not asked again)");
                return null;
            }

            try
            {
                // The chain is synchronous; the fetch runs on the pool, so no caller's synchronization context can block it.
                Task.Run(() => cache.GetAsync(NullEventSink.Instance, CancellationToken.None)).GetAwaiter().GetResult();
            }
            catch (MetadataServiceException ex)
            {
                if (explicitRequest)
                {
                    throw new IdcConfigurationException("The session uses temporary keys from the ECS metadata service, but none could be had: " + ex.Message, ex);
                }

                looked.Add(ex.Message.TrimEnd('.'));
                return null;
            }

            looked.Add(origin);
            var domainId = environment.GetVariable(EnvironmentVariables.DomainId);
            RequestValidator.ValidateHeaderValue("the domain id", domainId, "the environment variable " + EnvironmentVariables.DomainId, isSecret: false);
            return new MetadataCredentialProvider(cache, domainId?.Trim(), domainId == null ? SettingSource.None : SettingSource.Environment);
        }

        private static IdcCredentials? FromSection(Dictionary<string, Dictionary<string, string>> sections, string name, string source, SettingSource kind)
        {
            if (!sections.TryGetValue(name, out var section)
                || !section.TryGetValue("ak", out var accessKey) || accessKey.Length == 0
                || !section.TryGetValue("sk", out var secretKey) || secretKey.Length == 0)
            {
                return null;
            }

            section.TryGetValue("security_token", out var token);
            section.TryGetValue("domain_id", out var domainId);
            var credentials = new IdcCredentials(accessKey, secretKey, token, domainId, source, kind);
            return HeaderSafe(credentials, new Origins(
                "key ak of [" + name + "] in " + source,
                "key security_token of [" + name + "] in " + source,
                "key domain_id of [" + name + "] in " + source));
        }

        /// <summary>
        /// The access key id, security token and domain id travel as header values; a line break in one would add
        /// header lines of its own, so each is refused naming where it came from.
        /// </summary>
        private static IdcCredentials HeaderSafe(IdcCredentials credentials, Origins origins)
        {
            RequestValidator.ValidateHeaderValue("the access key id", credentials.AccessKeyId, origins.AccessKeyId, isSecret: false);
            RequestValidator.ValidateHeaderValue("the security token", credentials.SecurityToken, origins.SecurityToken, isSecret: true);
            RequestValidator.ValidateHeaderValue("the domain id", credentials.DomainId, origins.DomainId, isSecret: false);
            return credentials;
        }

        private sealed class Origins
        {
            public Origins(string accessKeyId, string securityToken, string domainId)
            {
                AccessKeyId = accessKeyId;
                SecurityToken = securityToken;
                DomainId = domainId;
            }

            public string AccessKeyId { get; }

            public string SecurityToken { get; }

            public string DomainId { get; }
        }
    }
}
