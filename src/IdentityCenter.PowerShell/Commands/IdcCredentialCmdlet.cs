using System.Management.Automation;
using System.Security;
using IdentityCenter.Core.Credentials;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// The credential and endpoint parameters, declared once for the commands that call the service and for
    /// Connect-IdcService, which keeps the same values for the session.
    /// </summary>
    public abstract class IdcCredentialCmdlet : PSCmdlet
    {
        /// <summary>The access key id; give -SecretAccessKey with it.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.AccessKey)]
        [ValidateNotNullOrEmpty]
        public string? AccessKeyId { get; set; }

        /// <summary>The secret access key, as a SecureString so it never sits in plain text in the session.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.AccessKey)]
        [ValidateNotNull]
        public SecureString? SecretAccessKey { get; set; }

        /// <summary>The access key pair as a credential: user name = access key id, password = secret key.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.Credential)]
        [ValidateNotNull]
        [Credential]
        public PSCredential? Credential { get; set; }

        /// <summary>The security token of temporary credentials.</summary>
        [Parameter(ParameterSetName = ParameterSets.AccessKey)]
        [Parameter(ParameterSetName = ParameterSets.Credential)]
        [ValidateNotNull]
        public SecureString? SecurityToken { get; set; }

        /// <summary>The account (domain) id; when missing it is looked up once per access key.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? DomainId { get; set; }

        /// <summary>Another Identity Center endpoint, such as a local emulator at http://127.0.0.1:5080.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? EndpointUrl { get; set; }

        /// <summary>The core's view of the credential parameters, reading -Credential's parts.</summary>
        internal CredentialInput BuildCredentialInput() =>
            BuildCredentialInput(Credential == null ? null : new CredentialParts(Credential.UserName, Credential.Password));

        /// <param name="fromCredential">The parts of -Credential when it was given; they take the place of -AccessKeyId/-SecretAccessKey.</param>
        internal CredentialInput BuildCredentialInput(CredentialParts? fromCredential) => new CredentialInput
        {
            AccessKeyId = fromCredential != null ? fromCredential.AccessKeyId : AccessKeyId,
            SecretAccessKey = fromCredential != null ? fromCredential.SecretAccessKey : SecretAccessKey,
            SecurityToken = SecurityToken,
            DomainId = DomainId,
        };
    }
}
