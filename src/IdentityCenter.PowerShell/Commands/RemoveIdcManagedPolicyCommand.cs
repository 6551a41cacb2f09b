using System.Management.Automation;
using IdentityCenter.PowerShell.Completion;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Detaches a managed (system) identity policy from a permission set.</para>
    /// <para type="description">A policy that is not attached is a warning, not an error, so a rerun converges.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "IdcManagedPolicy", SupportsShouldProcess = true, DefaultParameterSetName = ParameterSets.Default)]
    public sealed class RemoveIdcManagedPolicyCommand : IdcCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        public string? InstanceId { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? PermissionSetId { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ManagedPolicyId")]
        [ValidateNotNullOrEmpty]
        public string? PolicyId { get; set; }

        protected override void ProcessRecord()
        {
            var instanceId = InstanceId ?? string.Empty;
            var permissionSetId = PermissionSetId ?? string.Empty;
            var policyId = PolicyId ?? string.Empty;
            var operation = ItemOperation.DetachManagedPolicy(instanceId, permissionSetId, policyId);
            if (!ShouldProcess(operation.Target, operation.Action))
            {
                return;
            }

            if (TryCall(operation, (client, token) => client.DetachManagedPolicyAsync(instanceId, permissionSetId, policyId, token), out var result))
            {
                RemovalMessages.Write(this, result, "managed policy " + policyId + " on " + operation.Target);
            }
        }
    }
}
