using System.Collections.Generic;
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
    /// <para type="synopsis">Lists the grants in an account, or those of a user or group.</para>
    /// <para type="description">With -AccountId, the grants in that account (optionally of one -PermissionSetId). With
    /// -PrincipalId and -PrincipalType, the grants of that user or group (optionally in one -AccountId, of one
    /// -PermissionSetId). Every page is read.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IdcAccountAssignment", DefaultParameterSetName = ParameterSets.Default)]
    [OutputType(typeof(AccountAssignment))]
    public sealed class GetIdcAccountAssignmentCommand : IdcCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        public string? InstanceId { get; set; }

        /// <summary>The account whose grants are listed; with -PrincipalId, a filter.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("TargetId")]
        public string? AccountId { get; set; }

        /// <summary>Only the grants of this permission set.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? PermissionSetId { get; set; }

        /// <summary>The user or group whose grants are listed; give -PrincipalType with it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? PrincipalId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateSet(PrincipalTypes.User, PrincipalTypes.Group)]
        public string? PrincipalType { get; set; }

        /// <summary>Which listing the current item asks for; a problem with the combination as a validation error.</summary>
        internal AssignmentQuery BuildQuery()
        {
            var account = Given(AccountId);
            var set = Given(PermissionSetId);
            var principal = Given(PrincipalId);
            var type = Given(PrincipalType);
            if (principal == null && type != null)
            {
                throw new IdcValidationException("PrincipalId", "-PrincipalType was given without -PrincipalId", "Give -PrincipalId with -PrincipalType, or leave both out and give -AccountId");
            }

            if (principal != null && type == null)
            {
                throw new IdcValidationException("PrincipalType", "-PrincipalId was given without -PrincipalType", "Give -PrincipalType USER or GROUP with -PrincipalId");
            }

            if (principal == null && account == null)
            {
                throw new IdcValidationException("AccountId", "neither -AccountId nor -PrincipalId was given", "Give -AccountId to list an account's grants, or -PrincipalId with -PrincipalType to list a user's or group's");
            }

            return new AssignmentQuery(InstanceId ?? string.Empty, account, set, principal == null ? null : PrincipalTypes.Normalize(type), principal);
        }

        protected override void ProcessRecord()
        {
            AssignmentQuery query;
            try
            {
                query = BuildQuery();
            }
            catch (IdcValidationException invalid)
            {
                WriteError(ErrorRecords.From(ErrorMapper.ForItem(invalid, AssignmentOperations.Read("the account assignments in instance " + InstanceId, InstanceId ?? string.Empty))));
                return;
            }

            var operation = AssignmentOperations.Read("the account assignments " + query.Describe(), query);
            if (!TryCall(operation, (client, token) => query.PrincipalId == null
                    ? client.ListAccountAssignmentsAsync(query.InstanceId, query.AccountId!, query.PermissionSetId, token)
                    : client.ListAccountAssignmentsForPrincipalAsync(query.InstanceId, query.PrincipalType!, query.PrincipalId, query.AccountId, token),
                out var grants))
            {
                return;
            }

            foreach (var grant in query.Filter(grants))
            {
                WriteObject(TypedOutput.Wrap(grant));
            }
        }

        private static string? Given(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>Which grants Get-IdcAccountAssignment lists: by account, or by principal (with the other values as filters).</summary>
    internal sealed class AssignmentQuery
    {
        public AssignmentQuery(string instanceId, string? accountId, string? permissionSetId, string? principalType, string? principalId)
        {
            InstanceId = instanceId;
            AccountId = accountId;
            PermissionSetId = permissionSetId;
            PrincipalType = principalType;
            PrincipalId = principalId;
        }

        public string InstanceId { get; }

        public string? AccountId { get; }

        public string? PermissionSetId { get; }

        public string? PrincipalType { get; }

        public string? PrincipalId { get; }

        /// <summary>The principal listing has no permission-set filter in the API, so it is applied here.</summary>
        public IEnumerable<AccountAssignment> Filter(IEnumerable<AccountAssignment> grants) =>
            PrincipalId != null && PermissionSetId != null ? grants.Where(g => g.PermissionSetId == PermissionSetId) : grants;

        public string Describe() =>
            (PrincipalId != null ? "of " + AssignmentOperations.Principal(PrincipalType, PrincipalId) + (AccountId != null ? " in account " + AccountId : string.Empty) : "in account " + AccountId) +
            (PermissionSetId != null ? " with permission set " + PermissionSetId : string.Empty) + " in instance " + InstanceId;

        public override string ToString() => Describe();
    }
}
