using System.Management.Automation;
using IdentityCenter.Core.Models;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Takes a permission set away from a user or group in an account.</para>
    /// <para type="description">Starts one account assignment deletion per pipeline item and writes its status. Grants
    /// from Get-IdcAccountAssignment bind by property name. With -Wait the requests are followed together to their
    /// final state within -Timeout.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "IdcAccountAssignment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ParameterSets.Default)]
    [OutputType(typeof(AccountAssignmentStatus))]
    public sealed class RemoveIdcAccountAssignmentCommand : AccountAssignmentCmdlet
    {
        internal override string WaitActivity => "Removing access";

        protected override void ProcessRecord() => StartChange(AssignmentOperation.Delete);
    }
}
