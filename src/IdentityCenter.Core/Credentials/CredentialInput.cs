using System.Security;

namespace IdentityCenter.Core.Credentials
{
    /// <summary>Credential values given directly to a call (cmdlet parameters); any of them may be missing.</summary>
    public sealed class CredentialInput
    {
        public string? AccessKeyId { get; set; }

        public SecureString? SecretAccessKey { get; set; }

        public SecureString? SecurityToken { get; set; }

        public string? DomainId { get; set; }

        public override string ToString() => "CredentialInput " + (AccessKeyId ?? "(no access key)");
    }
}
