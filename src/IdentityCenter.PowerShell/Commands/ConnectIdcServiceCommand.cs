using System.Management.Automation;
using IdentityCenter.Core.Credentials;
using IdentityCenter.PowerShell.Completion;
using IdentityCenter.PowerShell.Errors;
using IdentityCenter.PowerShell.Output;
using IdentityCenter.PowerShell.Session;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Sets the credentials, domain id and endpoint that IdentityCenter commands use for the rest of this process.</para>
    /// <para type="description">The values live in memory only. Each call replaces the whole session. With -UseInstanceCredential the session uses the temporary keys of the server's agency from the ECS metadata service, renewed before they expire.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "IdcService", DefaultParameterSetName = ParameterSets.Default)]
    [OutputType(typeof(IdcContext))]
    public sealed class ConnectIdcServiceCommand : IdcCredentialCmdlet
    {
        /// <summary>A section of the credentials file whose ak, sk, security_token and domain_id the session uses.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.Profile)]
        [ValidateNotNullOrEmpty]
        public string? ProfileName { get; set; }

        /// <summary>
        /// The server's temporary keys from the ECS metadata service (its agency), fetched now and renewed before they
        /// expire; the metadata service is at HUAWEICLOUD_SDK_METADATA_URL, else http://169.254.169.254.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.InstanceCredential)]
        public SwitchParameter UseInstanceCredential { get; set; }

        /// <summary>Writes the resulting context, as Get-IdcContext shows it.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>The session these parameters make, checked; see <see cref="SessionConnector"/>.</summary>
        internal SessionSettings BuildSession(CredentialEnvironment environment) =>
            SessionConnector.Build(BuildCredentialInput(), ProfileName, UseInstanceCredential.IsPresent, EndpointUrl, environment);

        protected override void EndProcessing()
        {
            SessionSettings settings;
            try
            {
                settings = BuildSession(CredentialEnvironment.Process);
            }
            catch (ClientSetupException ex)
            {
                ThrowTerminatingError(ErrorRecords.From(ErrorMapper.ForSetup(ex)));
                return;
            }

            SessionStore.Process.Replace(settings);
            InstanceCatalog.Shared.Clear();
            WriteVerbose(SessionConnector.Describe(settings));
            if (PassThru.IsPresent)
            {
                WriteObject(TypedOutput.Wrap(ContextReport.Build(settings, CredentialEnvironment.Process)));
            }
        }
    }
}
