using System.Security;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>What a PSCredential holds, taken out of it so the mapping to core credentials needs no PSCredential.</summary>
    internal sealed class CredentialParts
    {
        public CredentialParts(string? accessKeyId, SecureString? secretAccessKey)
        {
            AccessKeyId = accessKeyId;
            SecretAccessKey = secretAccessKey;
        }

        /// <summary>The credential's user name.</summary>
        public string? AccessKeyId { get; }

        /// <summary>The credential's password.</summary>
        public SecureString? SecretAccessKey { get; }

        public override string ToString() => "credential of " + (AccessKeyId ?? "(no user name)");
    }
}
