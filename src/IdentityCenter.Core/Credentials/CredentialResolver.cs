using System.Collections.Generic;
using System.IO;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core.Credentials
{
    /// <summary>
    /// Finds credentials; the first complete source wins: values given to the call, then the environment, then the
    /// <c>[global]</c> section of the credentials file. A domain id given to the call overrides the source's own.
    /// </summary>
    public static class CredentialResolver
    {
        public const string ProfileSection = "global";

        public static IdcCredentials Resolve(CredentialInput? given, CredentialEnvironment environment)
        {
            var looked = new List<string>();
            var credentials = FromInput(given, looked) ?? FromEnvironment(environment, looked) ?? FromFile(environment, looked);
            if (credentials == null)
            {
                throw new IdcConfigurationException(
                    "No Huawei Cloud access key and secret key were found. Looked in: " + string.Join("; ", looked) +
                    ". Pass -Credential (user name = access key id, password = secret key), set the environment variables, " +
                    "or add them to the credentials file.");
            }

            RequestValidator.ValidateSecurityToken(credentials.SecurityToken);
            var domainId = given?.DomainId;
            return string.IsNullOrWhiteSpace(domainId) ? credentials : credentials.WithDomainId(domainId!);
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

            return hasKey
                ? new IdcCredentials(given.AccessKeyId!, given.SecretAccessKey!, given.SecurityToken, given.DomainId, "parameters")
                : null;
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

            return new IdcCredentials(
                accessKey,
                secretKey,
                environment.GetVariable(EnvironmentVariables.SecurityToken),
                environment.GetVariable(EnvironmentVariables.DomainId),
                "environment");
        }

        private static IdcCredentials? FromFile(CredentialEnvironment environment, List<string> looked)
        {
            var path = CredentialsFilePath(environment);
            var text = environment.ReadFile(path);
            if (text == null)
            {
                looked.Add("the [" + ProfileSection + "] section of " + path + " (no such file)");
                return null;
            }

            looked.Add("the [" + ProfileSection + "] section of " + path);
            if (!ProfileFile.Parse(text).TryGetValue(ProfileSection, out var section)
                || !section.TryGetValue("ak", out var accessKey) || accessKey.Length == 0
                || !section.TryGetValue("sk", out var secretKey) || secretKey.Length == 0)
            {
                return null;
            }

            section.TryGetValue("security_token", out var token);
            section.TryGetValue("domain_id", out var domainId);
            return new IdcCredentials(accessKey, secretKey, token, domainId, "credentials file " + path);
        }
    }
}
