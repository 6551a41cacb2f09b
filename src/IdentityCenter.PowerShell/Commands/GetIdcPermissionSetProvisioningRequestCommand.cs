using System.Management.Automation;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Completion;
using IdentityCenter.PowerShell.Errors;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Gets the status of permission set provisioning requests.</para>
    /// <para type="description">With -RequestId, the full status of that request; without it, every provisioning request
    /// of the instance, optionally only those of one -Status. Status objects from Install-IdcPermissionSet bind by
    /// property name, and -Wait follows a request to its final state.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IdcPermissionSetProvisioningRequest", DefaultParameterSetName = ParameterSets.Default)]
    [OutputType(typeof(PermissionSetProvisioningStatus))]
    public sealed class GetIdcPermissionSetProvisioningRequestCommand : IdcAsyncCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        public string? InstanceId { get; set; }

        /// <summary>The request to read; without it, the requests are listed.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? RequestId { get; set; }

        /// <summary>When listing, only requests of this status.</summary>
        [Parameter]
        [ValidateSet(RequestStates.InProgress, RequestStates.Succeeded, RequestStates.Failed)]
        public string? Status { get; set; }

        internal override string WaitActivity => "Waiting for provisioning requests";

        protected override void ProcessRecord()
        {
            var instanceId = InstanceId ?? string.Empty;
            if (!string.IsNullOrEmpty(RequestId))
            {
                var requestId = RequestId!;
                var operation = AssignmentOperations.Read("the status of provisioning request " + requestId + " in instance " + instanceId, requestId);
                Start(operation, async (client, token) => await client.GetProvisioningStatusAsync(instanceId, requestId, token).ConfigureAwait(false));
                return;
            }

            var listing = AssignmentOperations.Read("the provisioning requests of instance " + instanceId, instanceId);
            if (Wait)
            {
                var invalid = new IdcValidationException("RequestId", "-Wait was given without -RequestId", "-Wait follows the requests named by -RequestId; list without -Wait");
                WriteError(ErrorRecords.From(ErrorMapper.ForItem(invalid, listing)));
                return;
            }

            var status = Status;
            if (TryCall(listing, (client, token) => client.ListProvisioningStatusesAsync(instanceId, status, token), out var statuses))
            {
                foreach (var found in statuses)
                {
                    Accept(listing, found);
                }
            }
        }
    }
}
