using System;
using System.Runtime.InteropServices;
using System.Security;
using System.Text;

namespace IdentityCenter.Core.Credentials
{
    /// <summary>
    /// An access key pair, an optional security token and the account (domain) id. The secret key is held only as
    /// the HMAC key bytes and the token only for the X-Security-Token header; neither is reachable from any public
    /// member, and ToString shows the access key id and where the credentials came from.
    /// </summary>
    public sealed class IdcCredentials
    {
        private readonly byte[] secretKey;

        /// <summary>Credentials given directly, as cmdlet parameters are: their <see cref="KeySource"/> is <see cref="SettingSource.Parameter"/>.</summary>
        public IdcCredentials(string accessKeyId, SecureString secretKey, SecureString? securityToken, string? domainId, string source)
            : this(accessKeyId, secretKey, securityToken, domainId, source, SettingSource.Parameter)
        {
        }

        internal IdcCredentials(string accessKeyId, SecureString secretKey, SecureString? securityToken, string? domainId, string source, SettingSource keySource)
            : this(accessKeyId, Reveal(secretKey), securityToken == null ? null : Reveal(securityToken), domainId, source, keySource)
        {
        }

        internal IdcCredentials(string accessKeyId, string secretKey, string? securityToken, string? domainId, string source)
            : this(accessKeyId, secretKey, securityToken, domainId, source, SettingSource.Parameter)
        {
        }

        internal IdcCredentials(string accessKeyId, string secretKey, string? securityToken, string? domainId, string source, SettingSource keySource)
            : this(accessKeyId, Encoding.UTF8.GetBytes(secretKey), securityToken, domainId, source, keySource, keySource)
        {
        }

        private IdcCredentials(string accessKeyId, byte[] secretKey, string? securityToken, string? domainId, string source, SettingSource keySource, SettingSource domainIdSource)
        {
            if (string.IsNullOrWhiteSpace(accessKeyId))
            {
                throw new ArgumentException("The access key id is empty.", nameof(accessKeyId));
            }

            if (secretKey.Length == 0)
            {
                throw new ArgumentException("The secret key is empty.", nameof(secretKey));
            }

            AccessKeyId = accessKeyId.Trim();
            this.secretKey = secretKey;
            SecurityToken = string.IsNullOrEmpty(securityToken) ? null : securityToken!.Trim();
            DomainId = string.IsNullOrWhiteSpace(domainId) ? null : domainId!.Trim();
            Source = source;
            KeySource = keySource;
            DomainIdSource = DomainId == null ? SettingSource.None : domainIdSource;
        }

        public string AccessKeyId { get; }

        public string? DomainId { get; }

        /// <summary>Where these came from, in words: parameters, the session, the environment, a profile file.</summary>
        public string Source { get; }

        /// <summary>Which source gave the access key pair and its security token.</summary>
        public SettingSource KeySource { get; }

        /// <summary>
        /// Which source gave the domain id: the keys' own source unless a call or the session named one;
        /// <see cref="SettingSource.None"/> while it is unknown (it is then looked up once from IAM).
        /// </summary>
        public SettingSource DomainIdSource { get; }

        /// <summary>True for temporary credentials, which travel with an X-Security-Token header.</summary>
        public bool IsTemporary => SecurityToken != null;

        internal byte[] SecretKeyBytes => secretKey;

        internal string? SecurityToken { get; }

        /// <summary>The same keys with a domain id given by the caller (<see cref="SettingSource.Parameter"/>).</summary>
        public IdcCredentials WithDomainId(string domainId) => WithDomainId(domainId, SettingSource.Parameter);

        internal IdcCredentials WithDomainId(string domainId, SettingSource source) =>
            new IdcCredentials(AccessKeyId, secretKey, SecurityToken, domainId, Source, KeySource, source);

        public override string ToString() =>
            "AccessKeyId " + AccessKeyId + (IsTemporary ? " (temporary)" : string.Empty) + " from " + Source;

        internal static string Reveal(SecureString secure)
        {
            var pointer = IntPtr.Zero;
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(secure);
                return Marshal.PtrToStringUni(pointer) ?? string.Empty;
            }
            finally
            {
                if (pointer != IntPtr.Zero)
                {
                    Marshal.ZeroFreeGlobalAllocUnicode(pointer);
                }
            }
        }
    }
}
