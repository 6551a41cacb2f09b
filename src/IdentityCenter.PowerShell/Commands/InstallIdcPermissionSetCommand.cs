using System.Management.Automation;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Completion;
using IdentityCenter.PowerShell.Errors;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Provisions a permission set to an account, or to every account it is provisioned to.</para>
    /// <para type="description">Pushes the permission set's current policies to the account (ProvisionPermissionSet) and
    /// writes the request's status. Give -AccountId for one account or -AllProvisionedAccounts to refresh every account
    /// that has the set. With -Wait the requests are followed together to their final state within -Timeout.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Install, "IdcPermissionSet", SupportsShouldProcess = true, DefaultParameterSetName = ParameterSets.Default)]
    [OutputType(typeof(PermissionSetProvisioningStatus))]
    public sealed class InstallIdcPermissionSetCommand : IdcAsyncCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        public string? InstanceId { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? PermissionSetId { get; set; }

        /// <summary>The account to provision to; give this or -AllProvisionedAccounts.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("TargetId")]
        public string? AccountId { get; set; }

        /// <summary>Provision to every account the set is already provisioned to (ALL_PROVISIONED_ACCOUNTS).</summary>
        [Parameter]
        public SwitchParameter AllProvisionedAccounts { get; set; }

        internal override string WaitActivity => "Provisioning permission sets";

        /// <summary>The core request for the current item; an empty account (a blank CSV cell) counts as not given.</summary>
        internal ProvisionPermissionSetRequest BuildRequest() => new ProvisionPermissionSetRequest
        {
            InstanceId = InstanceId ?? string.Empty,
            PermissionSetId = PermissionSetId ?? string.Empty,
            AccountId = string.IsNullOrEmpty(AccountId) ? null : AccountId,
        };

        /// <summary>Null when the target is clear; otherwise why not. Exactly one of -AccountId and -AllProvisionedAccounts.</summary>
        internal static string? TargetProblem(string? accountId, bool allProvisionedAccounts)
        {
            var hasAccount = !string.IsNullOrEmpty(accountId);
            if (hasAccount == allProvisionedAccounts)
            {
                return hasAccount
                    ? "-AccountId and -AllProvisionedAccounts were both given"
                    : "neither -AccountId nor -AllProvisionedAccounts was given";
            }

            return null;
        }

        protected override void ProcessRecord()
        {
            var request = BuildRequest();
            var item = AssignmentOperations.Provision(request);
            var problem = TargetProblem(AccountId, AllProvisionedAccounts.IsPresent);
            if (problem != null)
            {
                var invalid = new IdcValidationException("AccountId", problem, "Give -AccountId to provision to one account, or -AllProvisionedAccounts to provision to every account the set is provisioned to");
                WriteError(ErrorRecords.From(ErrorMapper.ForItem(invalid, item)));
                return;
            }

            if (!ShouldProcess(item.Target, item.Action))
            {
                return;
            }

            Start(item, async (client, token) => await client.ProvisionPermissionSetAsync(request, token).ConfigureAwait(false));
        }
    }
}
