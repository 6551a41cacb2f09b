using System.Management.Automation;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Completion;
using IdentityCenter.PowerShell.Errors;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Gets the status of account assignment creations or deletions.</para>
    /// <para type="description">With -RequestId, the full status of that request; without it, every creation (or
    /// deletion, with -Operation Delete) request of the instance, optionally only those of one -Status. Status objects
    /// from New- and Remove-IdcAccountAssignment bind by property name, and -Wait follows a request to its final
    /// state.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IdcAccountAssignmentRequest", DefaultParameterSetName = ParameterSets.Default)]
    [OutputType(typeof(AccountAssignmentStatus))]
    public sealed class GetIdcAccountAssignmentRequestCommand : IdcAsyncCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        public string? InstanceId { get; set; }

        /// <summary>Creation (the default) or deletion requests.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public AssignmentOperation Operation { get; set; } = AssignmentOperation.Create;

        /// <summary>The request to read; without it, the requests are listed.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? RequestId { get; set; }

        /// <summary>When listing, only requests of this status.</summary>
        [Parameter]
        [ValidateSet(RequestStates.InProgress, RequestStates.Succeeded, RequestStates.Failed)]
        public string? Status { get; set; }

        internal override string WaitActivity => "Waiting for account assignment requests";

        protected override void ProcessRecord()
        {
            var instanceId = InstanceId ?? string.Empty;
            var kind = Operation == AssignmentOperation.Create ? "account assignment creation" : "account assignment deletion";
            if (!string.IsNullOrEmpty(RequestId))
            {
                var requestId = RequestId!;
                var operation = AssignmentOperations.Read("the status of " + kind + " request " + requestId + " in instance " + instanceId, requestId);
                var which = Operation;
                Start(operation, async (client, token) => await client.GetAccountAssignmentStatusAsync(instanceId, which, requestId, token).ConfigureAwait(false));
                return;
            }

            var listing = AssignmentOperations.Read("the " + kind + " requests of instance " + instanceId, instanceId);
            if (Wait)
            {
                var invalid = new IdcValidationException("RequestId", "-Wait was given without -RequestId", "-Wait follows the requests named by -RequestId; list without -Wait");
                WriteError(ErrorRecords.From(ErrorMapper.ForItem(invalid, listing)));
                return;
            }

            var status = Status;
            var what = Operation;
            if (TryCall(listing, (client, token) => client.ListAccountAssignmentStatusesAsync(instanceId, what, status, token), out var statuses))
            {
                foreach (var found in statuses)
                {
                    Accept(listing, found);
                }
            }
        }
    }
}
