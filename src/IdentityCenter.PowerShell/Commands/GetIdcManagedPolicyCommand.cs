using System.Management.Automation;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Completion;
using IdentityCenter.PowerShell.Output;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Lists the managed (system) identity policies attached to a permission set.</para>
    /// <para type="description">Follows every page of the listing.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IdcManagedPolicy", DefaultParameterSetName = ParameterSets.Default)]
    [OutputType(typeof(AttachedManagedPolicy))]
    public sealed class GetIdcManagedPolicyCommand : IdcCmdlet
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
            if (TryCall(ItemOperation.ListManagedPolicies(instanceId, permissionSetId), (client, token) => client.ListManagedPoliciesAsync(instanceId, permissionSetId, token), out var policies))
            {
                foreach (var policy in policies)
                {
                    WriteObject(TypedOutput.Wrap(policy));
                }
            }
        }
    }
}
