using IdentityCenter.Emulator.Http;

namespace IdentityCenter.Emulator.State;

/// <summary>
/// Account assignments: a permission set granted to a user or group in an account. Creating or deleting
/// one is asynchronous: the request is recorded IN_PROGRESS and takes effect when it settles.
/// </summary>
public sealed partial class EmulatorState
{
    /// <summary>The organisation's accounts: the management account first, then the configured members.</summary>
    public IReadOnlyList<string> AccountIds => new[] { _options.DomainId }.Concat(_options.MemberAccountIds).Distinct(StringComparer.Ordinal).ToArray();

    internal AsyncRequest StartAssignment(
        string instanceId,
        AsyncRequestKind kind,
        string permissionSetId,
        string principalType,
        string principalId,
        string accountId,
        string? failWith) => Change(() =>
    {
        InstanceRecord instance = RequireInstance(instanceId);
        RequirePermissionSet(instanceId, permissionSetId);
        RequireAccount(accountId);
        RequirePrincipal(principalType, principalId);
        bool exists = instance.Assignments.Any(a => a.SameAs(permissionSetId, principalType, principalId, accountId));
        bool pending = instance.Requests.Values.Any(r =>
            r.Kind == kind && r.Status == ServiceValues.InProgress
            && r.PermissionSetId == permissionSetId && r.PrincipalType == principalType && r.PrincipalId == principalId && r.TargetId == accountId);
        string subject = $"{principalType} {principalId} with permission set {permissionSetId} in account {accountId}";
        if (kind == AsyncRequestKind.AssignmentCreation && (exists || pending))
        {
            throw new EmulatorServiceException(
                409,
                ErrorCodes.ModificationConflict,
                exists ? $"The account assignment of {subject} already exists." : $"The account assignment of {subject} is already being created.");
        }

        if (kind == AsyncRequestKind.AssignmentDeletion && !exists)
        {
            throw new EmulatorServiceException(404, ErrorCodes.NotFound, $"There is no account assignment of {subject}.");
        }

        if (kind == AsyncRequestKind.AssignmentDeletion && pending)
        {
            throw new EmulatorServiceException(409, ErrorCodes.ModificationConflict, $"The account assignment of {subject} is already being deleted.");
        }

        return AddRequest(instance, kind, permissionSetId, principalType, principalId, accountId, ServiceValues.Account, failWith);
    });

    internal AsyncRequest GetRequest(string instanceId, AsyncRequestKind kind, string requestId) => Read(() =>
        RequireInstance(instanceId).Requests.TryGetValue(requestId, out AsyncRequest? request) && request.Kind == kind
            ? request
            : throw new EmulatorServiceException(404, ErrorCodes.NotFound, $"No {Describe(kind)} request with id {requestId} exists in instance {instanceId}."));

    internal Page<AsyncRequest> ListRequests(string instanceId, AsyncRequestKind kind, string? status, int limit, string? marker) => Read(() =>
        Paging.Take(
            RequireInstance(instanceId).OrderedRequests.Where(r => r.Kind == kind && (status is null || r.Status == status)),
            static r => r.Sequence,
            static r => r,
            $"{kind}|{instanceId}",
            limit,
            marker));

    internal Page<AccountAssignment> ListAssignmentsForAccount(string instanceId, string accountId, string? permissionSetId, int limit, string? marker) => Read(() =>
    {
        InstanceRecord instance = RequireInstance(instanceId);
        RequireAccount(accountId);
        return Paging.Take(
            instance.Assignments.Where(a => a.AccountId == accountId && (permissionSetId is null || a.PermissionSetId == permissionSetId)),
            static a => a.Sequence,
            static a => a,
            $"assignments|{instanceId}|{accountId}",
            limit,
            marker);
    });

    internal Page<AccountAssignment> ListAssignmentsForPrincipal(string instanceId, string principalType, string principalId, string? accountId, int limit, string? marker) => Read(() =>
    {
        InstanceRecord instance = RequireInstance(instanceId);
        RequirePrincipal(principalType, principalId);
        return Paging.Take(
            instance.Assignments.Where(a => a.PrincipalType == principalType && a.PrincipalId == principalId && (accountId is null || a.AccountId == accountId)),
            static a => a.Sequence,
            static a => a,
            $"principal-assignments|{instanceId}|{principalType}|{principalId}",
            limit,
            marker);
    });

    private AsyncRequest AddRequest(
        InstanceRecord instance,
        AsyncRequestKind kind,
        string permissionSetId,
        string? principalType,
        string? principalId,
        string? targetId,
        string targetType,
        string? failWith)
    {
        long now = NowMs;
        var request = new AsyncRequest(
            instance.NextSequence++,
            Guid.NewGuid().ToString(),
            kind,
            permissionSetId,
            principalType,
            principalId,
            targetId,
            targetType,
            now,
            now + (long)_options.AsyncDelay.TotalMilliseconds,
            ServiceValues.InProgress,
            null,
            failWith);
        instance.Requests.Add(request.RequestId, request);
        return request;
    }

    private void RequireAccount(string accountId)
    {
        if (!AccountIds.Contains(accountId, StringComparer.Ordinal))
        {
            throw new EmulatorServiceException(404, ErrorCodes.NotFound, $"Account {accountId} is not an account of the organization.");
        }
    }

    private void RequirePrincipal(string principalType, string principalId)
    {
        IList<EmulatorPrincipal> directory = principalType == ServiceValues.User ? _options.Users : _options.Groups;
        if (!directory.Any(p => p.Id == principalId))
        {
            throw new EmulatorServiceException(
                404,
                ErrorCodes.NotFound,
                $"{(principalType == ServiceValues.User ? "User" : "Group")} {principalId} does not exist in identity store {_options.IdentityStoreId}.");
        }
    }

    private static string Describe(AsyncRequestKind kind) => kind switch
    {
        AsyncRequestKind.AssignmentCreation => "account assignment creation",
        AsyncRequestKind.AssignmentDeletion => "account assignment deletion",
        _ => "permission set provisioning",
    };
}
