using System.Management.Automation;
using IdentityCenter.Core.Models;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Grants a user or group a permission set in an account.</para>
    /// <para type="description">Starts one account assignment per pipeline item and writes its status (IN_PROGRESS).
    /// With -Wait the requests are followed together until each is SUCCEEDED (its final status is written) or FAILED (a
    /// non-terminating error with the failure reason), within -Timeout.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "IdcAccountAssignment", SupportsShouldProcess = true, DefaultParameterSetName = ParameterSets.Default)]
    [OutputType(typeof(AccountAssignmentStatus))]
    public sealed class NewIdcAccountAssignmentCommand : AccountAssignmentCmdlet
    {
        internal override string WaitActivity => "Granting access";

        protected override void ProcessRecord() => StartChange(AssignmentOperation.Create);
    }
}
