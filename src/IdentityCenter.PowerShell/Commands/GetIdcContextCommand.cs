using System.Management.Automation;
using IdentityCenter.Core.Credentials;
using IdentityCenter.PowerShell.Output;
using IdentityCenter.PowerShell.Session;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Shows the endpoint, access key id and domain id a command would use now, and where each comes from.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IdcContext")]
    [OutputType(typeof(IdcContext))]
    public sealed class GetIdcContextCommand : PSCmdlet
    {
        protected override void EndProcessing()
        {
            var context = ContextReport.Build(SessionStore.Process.Current, CredentialEnvironment.Process);
            if (context.Problem != null)
            {
                WriteWarning(context.Problem);
            }

            WriteObject(TypedOutput.Wrap(context));
        }
    }
}
