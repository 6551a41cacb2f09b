using System.Management.Automation;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Completion;
using IdentityCenter.PowerShell.Errors;
using IdentityCenter.PowerShell.Output;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Gets the custom identity policy of a permission set.</para>
    /// <para type="description">Writes the policy assignment, whose Policy property is the document as text, as the
    /// service holds it; -AsObject writes the document parsed into objects instead.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IdcCustomPolicy", DefaultParameterSetName = ParameterSets.Default)]
    [OutputType(typeof(CustomPolicyAssignment))]
    public sealed class GetIdcCustomPolicyCommand : IdcCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        public string? InstanceId { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? PermissionSetId { get; set; }

        /// <summary>Writes the document as objects (as ConvertFrom-Json would), not the assignment with its text.</summary>
        [Parameter]
        public SwitchParameter AsObject { get; set; }

        protected override void ProcessRecord()
        {
            var instanceId = InstanceId ?? string.Empty;
            var permissionSetId = PermissionSetId ?? string.Empty;
            var operation = ItemOperation.GetCustomPolicy(instanceId, permissionSetId);
            if (!TryCall(operation, (client, token) => client.GetCustomPolicyAsync(instanceId, permissionSetId, token), out var assignment))
            {
                return;
            }

            if (assignment == null)
            {
                WriteError(ErrorRecords.From(LifecycleErrors.NoCustomPolicy(operation)));
                return;
            }

            WriteObject(AsObject.IsPresent ? PolicyDocumentObject.Parse(assignment.Policy) : TypedOutput.Wrap(assignment));
        }
    }
}
