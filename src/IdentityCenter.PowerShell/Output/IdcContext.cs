using IdentityCenter.Core.Credentials;

namespace IdentityCenter.PowerShell.Output
{
    /// <summary>
    /// The settings a command run now without credential parameters would use, and where each comes from. It never
    /// holds a secret: only whether the keys are temporary.
    /// </summary>
    public sealed class IdcContext
    {
        internal IdcContext(
            string endpoint,
            SettingSource endpointSource,
            string? accessKeyId,
            SettingSource credentialSource,
            bool isTemporary,
            string? credentialDescription,
            System.DateTimeOffset? credentialExpiresAt,
            string? domainId,
            SettingSource domainIdSource,
            string? profileName,
            string credentialsFile,
            string? problem)
        {
            Endpoint = endpoint;
            EndpointSource = endpointSource;
            AccessKeyId = accessKeyId;
            CredentialSource = credentialSource;
            IsTemporary = isTemporary;
            CredentialDescription = credentialDescription;
            CredentialExpiresAt = credentialExpiresAt;
            DomainId = domainId;
            DomainIdSource = domainIdSource;
            ProfileName = profileName;
            CredentialsFile = credentialsFile;
            Problem = problem;
        }

        public string Endpoint { get; }

        public SettingSource EndpointSource { get; }

        public string? AccessKeyId { get; }

        /// <summary>Where the access key pair (and any security token) comes from; the secret itself is never shown.</summary>
        public SettingSource CredentialSource { get; }

        /// <summary>True when the keys travel with a security token.</summary>
        public bool IsTemporary { get; }

        /// <summary>Where the keys come from in words, such as "ECS metadata (agency), expires at 2030-01-01 12:00:00Z"; never a secret.</summary>
        public string? CredentialDescription { get; }

        /// <summary>When temporary keys that are renewed (the ECS metadata service's) expire; null for keys that are not.</summary>
        public System.DateTimeOffset? CredentialExpiresAt { get; }

        /// <summary>Null until known: the first call then asks IAM for it.</summary>
        public string? DomainId { get; }

        public SettingSource DomainIdSource { get; }

        /// <summary>The credentials-file section the session uses, when Connect-IdcService was given -ProfileName.</summary>
        public string? ProfileName { get; }

        /// <summary>The credentials file the chain reads: HUAWEICLOUD_SDK_CREDENTIALS_FILE or ~/.huaweicloud/credentials.</summary>
        public string CredentialsFile { get; }

        /// <summary>Why a command would fail to start now (no credentials, a bad setting), or null.</summary>
        public string? Problem { get; }

        public override string ToString() =>
            (AccessKeyId == null ? "no credentials" : "AccessKeyId " + AccessKeyId + " from " + (CredentialExpiresAt == null ? CredentialSource.ToString() : CredentialDescription)) + " at " + Endpoint;
    }
}
