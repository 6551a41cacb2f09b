using System.Management.Automation;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Completion;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// The five values that name a grant, shared by New- and Remove-IdcAccountAssignment. Each binds from the pipeline by
    /// property name, so CSV rows, permission sets (PermissionSetId, InstanceId) and listed grants all feed them.
    /// </summary>
    public abstract class AccountAssignmentCmdlet : IdcAsyncCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        public string? InstanceId { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? PermissionSetId { get; set; }

        /// <summary>USER or GROUP, in any case.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateSet(PrincipalTypes.User, PrincipalTypes.Group)]
        public string? PrincipalType { get; set; }

        /// <summary>The identity-store id of the user or group.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? PrincipalId { get; set; }

        /// <summary>The account the grant is in (the API's target_id).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TargetId")]
        [ValidateNotNullOrEmpty]
        public string? AccountId { get; set; }

        /// <summary>The core request for the current item.</summary>
        internal AccountAssignmentRequest BuildRequest() => new AccountAssignmentRequest
        {
            InstanceId = InstanceId ?? string.Empty,
            PermissionSetId = PermissionSetId ?? string.Empty,
            PrincipalType = PrincipalTypes.Normalize(PrincipalType) ?? PrincipalType ?? string.Empty,
            PrincipalId = PrincipalId ?? string.Empty,
            AccountId = AccountId ?? string.Empty,
        };

        /// <summary>Sends the current item's grant or removal, unless -WhatIf or a declined -Confirm says no.</summary>
        internal void StartChange(AssignmentOperation operation)
        {
            var request = BuildRequest();
            var item = AssignmentOperations.Change(request, operation);
            if (!ShouldProcess(item.Target, item.Action))
            {
                return;
            }

            if (operation == AssignmentOperation.Create)
            {
                Start(item, async (client, token) => await client.CreateAccountAssignmentAsync(request, token).ConfigureAwait(false));
            }
            else
            {
                Start(item, async (client, token) => await client.DeleteAccountAssignmentAsync(request, token).ConfigureAwait(false));
            }
        }
    }
}
