using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Http;
using IdentityCenter.Core.Json;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core
{
    // Account assignments: grant and remove a permission set for a user or group in an account, the requests' status,
    // and the grants that exist.
    public sealed partial class IdentityCenterClient
    {
        /// <summary>How many of the newest IN_PROGRESS requests a lost-reply look-up reads to find its own.</summary>
        private const int InProgressLookupLimit = 20;

        /// <summary>Starts a grant; the reply is the request's first status, normally IN_PROGRESS.</summary>
        public Task<AccountAssignmentStatus> CreateAccountAssignmentAsync(AccountAssignmentRequest request, CancellationToken cancellationToken = default) =>
            ChangeAssignmentAsync(request, AssignmentOperation.Create, cancellationToken);

        /// <summary>Starts the removal of a grant; the reply is the request's first status.</summary>
        public Task<AccountAssignmentStatus> DeleteAccountAssignmentAsync(AccountAssignmentRequest request, CancellationToken cancellationToken = default) =>
            ChangeAssignmentAsync(request, AssignmentOperation.Delete, cancellationToken);

        /// <summary>DescribeAccountAssignmentCreationStatus or DescribeAccountAssignmentDeletionStatus.</summary>
        public Task<AccountAssignmentStatus> GetAccountAssignmentStatusAsync(string instanceId, AssignmentOperation operation, string requestId, CancellationToken cancellationToken = default)
        {
            RequestValidator.ValidateInstanceId("InstanceId", instanceId);
            RequestValidator.ValidateIdentifier("RequestId", requestId);
            return GetAccountAssignmentStatusAsync(instanceId, operation, requestId, NewDeadline(), cancellationToken);
        }

        /// <summary>Every creation or deletion request of the instance (request id, status, date), optionally of one status.</summary>
        public async Task<IReadOnlyList<AccountAssignmentStatus>> ListAccountAssignmentStatusesAsync(string instanceId, AssignmentOperation operation, string? status = null, CancellationToken cancellationToken = default)
        {
            RequestValidator.ValidateInstanceId("InstanceId", instanceId);
            AssignmentValidator.ValidateStatusFilter(status);
            return await ListAccountAssignmentStatusesAsync(instanceId, operation, status, NewDeadline(), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The grants in an account, optionally only those of one permission set.</summary>
        public Task<IReadOnlyList<AccountAssignment>> ListAccountAssignmentsAsync(string instanceId, string accountId, string? permissionSetId = null, CancellationToken cancellationToken = default)
        {
            RequestValidator.ValidateInstanceId("InstanceId", instanceId);
            RequestValidator.ValidateIdentifier("AccountId", accountId);
            if (permissionSetId != null)
            {
                RequestValidator.ValidatePermissionSetId("PermissionSetId", permissionSetId);
            }

            return ListAccountAssignmentsAsync(instanceId, accountId, permissionSetId, NewDeadline(), cancellationToken);
        }

        private async Task<AccountAssignmentStatus> GetAccountAssignmentStatusAsync(string instanceId, AssignmentOperation operation, string requestId, CallDeadline deadline, CancellationToken cancellationToken)
        {
            var context = await NewContextAsync(deadline, cancellationToken).ConfigureAwait(false);
            var reply = await SendAsync(HttpMethod.Get, ApiPaths.AssignmentStatus(instanceId, operation, requestId), null, context, cancellationToken).ConfigureAwait(false);
            return ReadAssignmentStatus(reply, instanceId, operation, operation == AssignmentOperation.Create ? "DescribeAccountAssignmentCreationStatus" : "DescribeAccountAssignmentDeletionStatus");
        }

        private async Task<IReadOnlyList<AccountAssignmentStatus>> ListAccountAssignmentStatusesAsync(string instanceId, AssignmentOperation operation, string? status, CallDeadline deadline, CancellationToken cancellationToken)
        {
            var filter = new[] { new KeyValuePair<string, string?>("status", RequestStates.Normalize(status)) };
            var path = ApiPaths.AssignmentStatuses(instanceId, operation);
            IEnumerable<AccountAssignmentStatusDto> items;
            if (operation == AssignmentOperation.Create)
            {
                items = await ListEveryPageAsync(path, filter, IdcJsonContext.Default.AccountAssignmentCreationStatusPage, "ListAccountAssignmentCreationStatus", p => p.Statuses, p => p.PageInfo, deadline, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                items = await ListEveryPageAsync(path, filter, IdcJsonContext.Default.AccountAssignmentDeletionStatusPage, "ListAccountAssignmentDeletionStatus", p => p.Statuses, p => p.PageInfo, deadline, cancellationToken).ConfigureAwait(false);
            }

            return items.Select(dto => ToModel(dto, instanceId, operation)).ToList();
        }

        private async Task<IReadOnlyList<AccountAssignment>> ListAccountAssignmentsAsync(string instanceId, string accountId, string? permissionSetId, CallDeadline deadline, CancellationToken cancellationToken)
        {
            var filter = new[]
            {
                new KeyValuePair<string, string?>("account_id", accountId),
                new KeyValuePair<string, string?>("permission_set_id", permissionSetId),
            };
            var items = await ListEveryPageAsync(ApiPaths.AccountAssignments(instanceId), filter, IdcJsonContext.Default.AccountAssignmentPage, "ListAccountAssignments", p => p.AccountAssignments, p => p.PageInfo, deadline, cancellationToken).ConfigureAwait(false);
            return items.Select(dto => ToModel(dto, instanceId)).ToList();
        }

        /// <summary>The grants a user or group has, optionally only in one account.</summary>
        public async Task<IReadOnlyList<AccountAssignment>> ListAccountAssignmentsForPrincipalAsync(string instanceId, string principalType, string principalId, string? accountId = null, CancellationToken cancellationToken = default)
        {
            RequestValidator.ValidateInstanceId("InstanceId", instanceId);
            AssignmentValidator.ValidatePrincipalType(principalType);
            RequestValidator.ValidateIdentifier("PrincipalId", principalId);
            if (accountId != null)
            {
                RequestValidator.ValidateIdentifier("AccountId", accountId);
            }

            var filter = new[]
            {
                new KeyValuePair<string, string?>("principal_id", principalId),
                new KeyValuePair<string, string?>("principal_type", PrincipalTypes.Normalize(principalType)),
                new KeyValuePair<string, string?>("account_id", accountId),
            };
            var items = await ListEveryPageAsync(ApiPaths.AccountAssignmentsForPrincipal(instanceId), filter, IdcJsonContext.Default.AccountAssignmentPage, "ListAccountAssignmentsForPrincipal", p => p.AccountAssignments, p => p.PageInfo, NewDeadline(), cancellationToken).ConfigureAwait(false);
            return items.Select(dto => ToModel(dto, instanceId)).ToList();
        }

        internal static AccountAssignmentBody ToBody(AccountAssignmentRequest request) => new AccountAssignmentBody
        {
            PermissionSetId = request.PermissionSetId,
            PrincipalId = request.PrincipalId,
            PrincipalType = PrincipalTypes.Normalize(request.PrincipalType) ?? request.PrincipalType,
            TargetId = request.AccountId,
            TargetType = TargetTypes.Account,
        };

        internal static AccountAssignmentStatus ToModel(AccountAssignmentStatusDto dto, string instanceId, AssignmentOperation operation) => new AccountAssignmentStatus
        {
            InstanceId = instanceId,
            Operation = operation,
            RequestId = dto.RequestId,
            Status = dto.Status ?? string.Empty,
            FailureReason = dto.FailureReason,
            CreatedDate = dto.CreatedDate,
            PermissionSetId = dto.PermissionSetId,
            PrincipalType = dto.PrincipalType,
            PrincipalId = dto.PrincipalId,
            AccountId = dto.TargetId,
            TargetType = dto.TargetType,
        };

        private static AccountAssignment ToModel(AccountAssignmentDto dto, string instanceId) => new AccountAssignment
        {
            InstanceId = instanceId,
            AccountId = dto.AccountId ?? string.Empty,
            PermissionSetId = dto.PermissionSetId ?? string.Empty,
            PrincipalType = dto.PrincipalType ?? string.Empty,
            PrincipalId = dto.PrincipalId ?? string.Empty,
        };

        private static AccountAssignmentStatus ReadAssignmentStatus(byte[] reply, string instanceId, AssignmentOperation operation, string operationName)
        {
            var dto = operation == AssignmentOperation.Create
                ? Deserialize(reply, IdcJsonContext.Default.AccountAssignmentCreationEnvelope, operationName).Status
                : Deserialize(reply, IdcJsonContext.Default.AccountAssignmentDeletionEnvelope, operationName).Status;
            if (dto == null || string.IsNullOrEmpty(dto.RequestId))
            {
                throw new IdcTransportException("The reply to " + operationName + " has no status object with a request_id.");
            }

            return ToModel(dto, instanceId, operation);
        }

        private async Task<AccountAssignmentStatus> ChangeAssignmentAsync(AccountAssignmentRequest request, AssignmentOperation operation, CancellationToken cancellationToken)
        {
            AssignmentValidator.Validate(request);
            var name = operation == AssignmentOperation.Create ? "CreateAccountAssignment" : "DeleteAccountAssignment";
            var body = JsonSerializer.SerializeToUtf8Bytes(ToBody(request), IdcJsonContext.Default.AccountAssignmentBody);
            var deadline = NewDeadline();
            var context = await NewContextAsync(deadline, cancellationToken).ConfigureAwait(false);
            try
            {
                var reply = await SendAsync(HttpMethod.Post, ApiPaths.AssignmentChange(request.InstanceId, operation), body, context, cancellationToken).ConfigureAwait(false);
                return ReadAssignmentStatus(reply, request.InstanceId, operation, name);
            }
            catch (IdcServiceException refusal) when (AssignmentAdoption.MayBeOwnEarlierAttempt(refusal))
            {
                var found = await FindOwnEarlierAttemptAsync(request, operation, deadline, cancellationToken).ConfigureAwait(false);
                if (found == null)
                {
                    throw;
                }

                sink.Report(new IdcEvent(IdcEventLevel.Verbose, found.Note ?? string.Empty));
                return found;
            }
        }

        /// <summary>
        /// After a lost reply the service refused the repeat: the earlier attempt may be the reason. Its effect is looked
        /// up: the grant as it stands now, then, when that says nothing yet, the newest requests still in progress.
        /// </summary>
        private async Task<AccountAssignmentStatus?> FindOwnEarlierAttemptAsync(AccountAssignmentRequest request, AssignmentOperation operation, CallDeadline deadline, CancellationToken cancellationToken)
        {
            var grants = await ListAccountAssignmentsAsync(request.InstanceId, request.AccountId, request.PermissionSetId, deadline, cancellationToken).ConfigureAwait(false);
            var settled = AssignmentAdoption.FromGrants(request, operation, grants);
            if (settled != null)
            {
                return settled;
            }

            var inProgress = await ListAccountAssignmentStatusesAsync(request.InstanceId, operation, RequestStates.InProgress, deadline, cancellationToken).ConfigureAwait(false);
            foreach (var summary in inProgress.OrderByDescending(s => s.CreatedDate).Take(InProgressLookupLimit))
            {
                var full = await GetAccountAssignmentStatusAsync(request.InstanceId, operation, summary.RequestId!, deadline, cancellationToken).ConfigureAwait(false);
                var pending = AssignmentAdoption.FromPendingRequest(request, full);
                if (pending != null)
                {
                    return pending;
                }
            }

            return null;
        }

        /// <summary>Every item of a paged listing, one page at a time through the shared page call, to the end.</summary>
        /// <summary>Every page of a listing whose reply holds its items in one list, under the operation's deadline.</summary>
        private Task<IReadOnlyList<TItem>> ListEveryPageAsync<TPage, TItem>(
            string path,
            KeyValuePair<string, string?>[] filter,
            JsonTypeInfo<TPage> typeInfo,
            string operationName,
            Func<TPage, List<TItem>?> items,
            Func<TPage, PageInfoDto?> pageInfo,
            CallDeadline deadline,
            CancellationToken cancellationToken)
            where TPage : class =>
            Listing(operationName, path, typeInfo, pageInfo, page => (IEnumerable<TItem>?)items(page) ?? Array.Empty<TItem>(), deadline, filter).ReadAllAsync(cancellationToken);
    }
}
