using IdentityCenter.Emulator.Http;

namespace IdentityCenter.Emulator.State;

/// <summary>
/// Provisioning (pushing a permission set's current revision to accounts) and the settling of every
/// asynchronous request once its delay has passed.
/// </summary>
public sealed partial class EmulatorState
{
    internal AsyncRequest StartProvisioning(string instanceId, string permissionSetId, string targetType, string? accountId, string? failWith) => Change(() =>
    {
        InstanceRecord instance = RequireInstance(instanceId);
        RequirePermissionSet(instanceId, permissionSetId);
        if (accountId is not null)
        {
            RequireAccount(accountId);
        }

        return AddRequest(instance, AsyncRequestKind.Provisioning, permissionSetId, null, null, accountId, targetType, failWith);
    });

    internal Page<string> ListProvisionedAccounts(string instanceId, string permissionSetId, string? provisioningStatus, int limit, string? marker) => Read(() =>
    {
        PermissionSetRecord record = RequirePermissionSet(instanceId, permissionSetId);
        return Paging.Take(
            record.ProvisionedAccounts.Where(a => Matches(record, a, provisioningStatus)),
            static a => a.Sequence,
            static a => a.AccountId,
            $"provisioned-accounts|{instanceId}|{permissionSetId}",
            limit,
            marker);
    });

    internal Page<string> ListPermissionSetsProvisionedTo(string instanceId, string accountId, string? provisioningStatus, int limit, string? marker) => Read(() =>
    {
        InstanceRecord instance = RequireInstance(instanceId);
        RequireAccount(accountId);
        return Paging.Take(
            instance.Ordered.Where(p => p.ProvisionedAccounts.Any(a => a.AccountId == accountId && Matches(p, a, provisioningStatus))),
            static p => p.Sequence,
            static p => p.Id,
            $"provisioned-sets|{instanceId}|{accountId}",
            limit,
            marker);
    });

    private static bool Matches(PermissionSetRecord record, ProvisionedAccount account, string? provisioningStatus) => provisioningStatus switch
    {
        null => true,
        ServiceValues.LatestProvisioned => record.IsLatestIn(account),
        _ => !record.IsLatestIn(account),
    };

    /// <summary>Settles every IN_PROGRESS request whose delay has passed, in the order they were made; true when any did.</summary>
    private bool SettleDueRequests()
    {
        long now = NowMs;
        bool any = false;
        foreach (InstanceRecord instance in _instances.Values)
        {
            foreach (AsyncRequest request in instance.OrderedRequests.Where(r => r.Status == ServiceValues.InProgress && r.DueDate <= now).ToList())
            {
                string? failure = request.PendingFailure ?? Apply(instance, request);
                instance.Requests[request.RequestId] = request with
                {
                    Status = failure is null ? ServiceValues.Succeeded : ServiceValues.Failed,
                    FailureReason = failure,
                    PendingFailure = null,
                };
                any = true;
            }
        }

        return any;
    }

    /// <summary>Makes a request's change; returns the failure reason instead when it can no longer be made.</summary>
    private static string? Apply(InstanceRecord instance, AsyncRequest request)
    {
        if (!instance.PermissionSets.TryGetValue(request.PermissionSetId, out PermissionSetRecord? set))
        {
            return $"Permission set {request.PermissionSetId} no longer exists.";
        }

        switch (request.Kind)
        {
            case AsyncRequestKind.AssignmentCreation:
                instance.Assignments.Add(new AccountAssignment(instance.NextSequence++, set.Id, request.PrincipalType!, request.PrincipalId!, request.TargetId!));
                // The service provisions the set to the account as part of assigning it there.
                ProvisionTo(instance, set, request.TargetId!);
                return null;

            case AsyncRequestKind.AssignmentDeletion:
                instance.Assignments.RemoveAll(a => a.SameAs(set.Id, request.PrincipalType!, request.PrincipalId!, request.TargetId!));
                return null;

            default:
                if (request.TargetId is not null)
                {
                    ProvisionTo(instance, set, request.TargetId);
                }
                else
                {
                    foreach (ProvisionedAccount account in set.ProvisionedAccounts.ToList())
                    {
                        ProvisionTo(instance, set, account.AccountId);
                    }
                }

                return null;
        }
    }

    private static void ProvisionTo(InstanceRecord instance, PermissionSetRecord set, string accountId)
    {
        int index = set.ProvisionedAccounts.FindIndex(a => a.AccountId == accountId);
        if (index >= 0)
        {
            set.ProvisionedAccounts[index] = set.ProvisionedAccounts[index] with { Revision = set.Revision };
        }
        else
        {
            set.ProvisionedAccounts.Add(new ProvisionedAccount(instance.NextSequence++, accountId, set.Revision));
        }
    }
}
