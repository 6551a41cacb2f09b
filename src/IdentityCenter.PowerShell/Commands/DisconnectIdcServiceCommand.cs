using System.Management.Automation;
using IdentityCenter.Core.Credentials;
using IdentityCenter.PowerShell.Completion;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Forgets the session Connect-IdcService set; commands go back to the environment and the credentials file.</para>
    /// </summary>
    /// <remarks>It writes nothing, so it declares no output type.</remarks>
    [Cmdlet(VerbsCommunications.Disconnect, "IdcService")]
    public sealed class DisconnectIdcServiceCommand : PSCmdlet
    {
        protected override void EndProcessing()
        {
            var had = SessionStore.Process.Current;
            SessionStore.Process.Clear();

            // The cached instance list answered for the session's account; a later completion must ask again.
            InstanceCatalog.Shared.Clear();
            WriteVerbose(had.IsEmpty ? "There was no session to forget." : "Forgot the " + had + ".");
        }
    }
}
