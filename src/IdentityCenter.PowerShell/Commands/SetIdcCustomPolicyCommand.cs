using System.Management.Automation;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Attaches a custom identity policy to a permission set, replacing any it had.</para>
    /// <para type="description">The policy is identity-policy JSON (Version 5.0). -InstanceId and -PermissionSetId bind
    /// from the pipeline by property name, so the output of New-IdcPermissionSet can be piped in.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "IdcCustomPolicy", SupportsShouldProcess = true, DefaultParameterSetName = ParameterSets.Default)]
    [OutputType(typeof(CustomPolicyAssignment))]
    public sealed class SetIdcCustomPolicyCommand : IdcCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? InstanceId { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? PermissionSetId { get; set; }

        /// <summary>The policy document as JSON text.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("CustomPolicy")]
        [ValidateLength(Limits.PolicyMin, Limits.PolicyMax)]
        public string? Policy { get; set; }

        /// <summary>Writes the policy assignment; without it the command writes nothing on success.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        internal PutCustomPolicyRequest BuildRequest() => new PutCustomPolicyRequest
        {
            InstanceId = InstanceId ?? string.Empty,
            PermissionSetId = PermissionSetId ?? string.Empty,
            Policy = Policy ?? string.Empty,
        };

        protected override void ProcessRecord()
        {
            var request = BuildRequest();
            var operation = ItemOperation.PutCustomPolicy(request);
            var quotaWarning = PolicyAdvice.QuotaWarning(request.Policy);
            if (quotaWarning != null)
            {
                WriteWarning(quotaWarning);
            }

            if (!ShouldProcess(operation.Target, operation.Action))
            {
                return;
            }

            if (TryCall(operation, (client, token) => client.PutCustomPolicyAsync(request, token), out var assignment) && PassThru.IsPresent)
            {
                WriteObject(assignment);
            }
        }
    }
}
