using System.Management.Automation;
using IdentityCenter.PowerShell.Completion;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Removes the custom identity policy of a permission set.</para>
    /// <para type="description">Asks first unless -Force is given. A set without a custom policy is a warning, not an
    /// error, so a rerun converges.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "IdcCustomPolicy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ParameterSets.Default)]
    public sealed class RemoveIdcCustomPolicyCommand : IdcRemovalCmdlet
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
            var operation = ItemOperation.RemoveCustomPolicy(instanceId, permissionSetId);
            if (!ShouldRemove(operation))
            {
                return;
            }

            if (TryCall(operation, (client, token) => client.DeleteCustomPolicyAsync(instanceId, permissionSetId, token), out var result))
            {
                RemovalMessages.Write(this, result, "the custom policy of " + operation.Target);
            }
        }
    }
}
