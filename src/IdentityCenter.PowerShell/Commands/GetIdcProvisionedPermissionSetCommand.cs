using System.Linq;
using System.Management.Automation;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Completion;
using IdentityCenter.PowerShell.Errors;
using IdentityCenter.PowerShell.Output;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Lists where permission sets are provisioned: the accounts of a set, or the sets of an account.</para>
    /// <para type="description">With -PermissionSetId, one object per account the set is provisioned to; with -AccountId,
    /// one per set provisioned to that account (both: whether that set is provisioned there). -ProvisioningStatus keeps
    /// only accounts that have (LatestProvisioned) or lack (LatestNotProvisioned) the set's latest version.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IdcProvisionedPermissionSet", DefaultParameterSetName = ParameterSets.Default)]
    [OutputType(typeof(ProvisionedPermissionSet))]
    public sealed class GetIdcProvisionedPermissionSetCommand : IdcCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        public string? InstanceId { get; set; }

        /// <summary>The set whose accounts are listed.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? PermissionSetId { get; set; }

        /// <summary>The account whose sets are listed.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("TargetId")]
        public string? AccountId { get; set; }

        /// <summary>LatestProvisioned or LatestNotProvisioned (or the API's LATEST_PERMISSION_SET_… spelling).</summary>
        [Parameter]
        [ValidateSet("LatestProvisioned", "LatestNotProvisioned", ProvisioningStates.LatestProvisioned, ProvisioningStates.LatestNotProvisioned)]
        public string? ProvisioningStatus { get; set; }

        /// <summary>The API value of -ProvisioningStatus; null when not given.</summary>
        internal string? ProvisioningFilter() =>
            ProvisioningStatus == null ? null
            : string.Equals(ProvisioningStatus, "LatestProvisioned", System.StringComparison.OrdinalIgnoreCase) ? ProvisioningStates.LatestProvisioned
            : string.Equals(ProvisioningStatus, "LatestNotProvisioned", System.StringComparison.OrdinalIgnoreCase) ? ProvisioningStates.LatestNotProvisioned
            : ProvisioningStates.Normalize(ProvisioningStatus);

        protected override void ProcessRecord()
        {
            var instanceId = InstanceId ?? string.Empty;
            var setId = string.IsNullOrEmpty(PermissionSetId) ? null : PermissionSetId;
            var accountId = string.IsNullOrEmpty(AccountId) ? null : AccountId;
            var filter = ProvisioningFilter();
            if (setId == null && accountId == null)
            {
                var invalid = new IdcValidationException("PermissionSetId", "neither -PermissionSetId nor -AccountId was given", "Give -PermissionSetId to list a set's accounts, or -AccountId to list an account's sets");
                WriteError(ErrorRecords.From(ErrorMapper.ForItem(invalid, AssignmentOperations.Read("the provisioned permission sets of instance " + instanceId, instanceId))));
                return;
            }

            var operation = AssignmentOperations.Read(
                accountId == null ? "the accounts permission set " + setId + " is provisioned to in instance " + instanceId : "the permission sets provisioned to account " + accountId + " in instance " + instanceId,
                (object?)setId ?? accountId!);
            if (!TryCall(operation, (client, token) => accountId == null
                    ? client.ListAccountsForProvisionedPermissionSetAsync(instanceId, setId!, filter, token)
                    : client.ListPermissionSetsProvisionedToAccountAsync(instanceId, accountId, filter, token),
                out var found))
            {
                return;
            }

            foreach (var provisioned in found.Where(p => setId == null || p.PermissionSetId == setId))
            {
                WriteObject(TypedOutput.Wrap(provisioned));
            }
        }
    }
}
