using System.Management.Automation;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Validation;
using IdentityCenter.PowerShell.Completion;
using IdentityCenter.PowerShell.Output;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Attaches a managed (system) identity policy to a permission set.</para>
    /// <para type="description">A policy that is attached already is left as it is and nothing is sent, so a rerun
    /// converges.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "IdcManagedPolicy", SupportsShouldProcess = true, DefaultParameterSetName = ParameterSets.Default)]
    [OutputType(typeof(AttachedManagedPolicy))]
    public sealed class AddIdcManagedPolicyCommand : IdcCmdlet
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

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("ManagedPolicyName")]
        [ValidateLength(0, Limits.ManagedPolicyNameMax)]
        public string? PolicyName { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        internal AttachManagedPolicyRequest BuildRequest() => new AttachManagedPolicyRequest
        {
            InstanceId = InstanceId ?? string.Empty,
            PermissionSetId = PermissionSetId ?? string.Empty,
            PolicyId = PolicyId ?? string.Empty,
            PolicyName = string.IsNullOrEmpty(PolicyName) ? null : PolicyName,
        };

        protected override void ProcessRecord()
        {
            var request = BuildRequest();
            var operation = ItemOperation.AttachManagedPolicy(request);
            if (!ShouldProcess(operation.Target, operation.Action))
            {
                return;
            }

            if (!TryCall(operation, (client, token) => client.AttachManagedPolicyAsync(request, token), out var attachment))
            {
                return;
            }

            WriteVerbose(attachment.Attached
                ? "Attached managed policy " + request.PolicyId + " to " + operation.Target + "."
                : "Managed policy " + request.PolicyId + " is already attached to " + operation.Target + "; nothing was sent.");
            if (PassThru.IsPresent)
            {
                WriteObject(TypedOutput.Wrap(attachment.Policy));
            }
        }
    }
}
