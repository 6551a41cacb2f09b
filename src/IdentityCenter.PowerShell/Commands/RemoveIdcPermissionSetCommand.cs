using System.Management.Automation;
using IdentityCenter.PowerShell.Completion;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Removes a permission set.</para>
    /// <para type="description">Asks first unless -Force is given. A set that is already gone is a warning, not an
    /// error, so a rerun converges.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "IdcPermissionSet", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ParameterSets.Default)]
    public sealed class RemoveIdcPermissionSetCommand : IdcRemovalCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        public string? InstanceId { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? PermissionSetId { get; set; }

        protected override void ProcessRecord()
        {
            var instanceId = InstanceId ?? string.Empty;
            var permissionSetId = PermissionSetId ?? string.Empty;
            var operation = ItemOperation.RemovePermissionSet(instanceId, permissionSetId);
            if (!ShouldRemove(operation))
            {
                return;
            }

            if (TryCall(operation, (client, token) => client.DeletePermissionSetAsync(instanceId, permissionSetId, token), out var result))
            {
                RemovalMessages.Write(this, result, operation.Target);
            }
        }
    }
}
