using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Json;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core
{
    // Provisioning: pushing a permission set's current policies to accounts, the requests' status, and where a set is
    // provisioned.
    public sealed partial class IdentityCenterClient
    {
        /// <summary>Starts provisioning; the reply is the request's first status, normally IN_PROGRESS.</summary>
        public async Task<PermissionSetProvisioningStatus> ProvisionPermissionSetAsync(ProvisionPermissionSetRequest request, CancellationToken cancellationToken = default)
        {
            AssignmentValidator.Validate(request);
            var body = JsonSerializer.SerializeToUtf8Bytes(new ProvisionBody { TargetType = request.TargetType, TargetId = request.AccountId }, IdcJsonContext.Default.ProvisionBody);
            var context = await NewContextAsync(NewDeadline(), cancellationToken).ConfigureAwait(false);
            var reply = await SendAsync(HttpMethod.Post, ApiPaths.Provision(request.InstanceId, request.PermissionSetId), body, context, cancellationToken).ConfigureAwait(false);
            return ReadProvisioningStatus(reply, request.InstanceId, "ProvisionPermissionSet");
        }

        public async Task<PermissionSetProvisioningStatus> GetProvisioningStatusAsync(string instanceId, string requestId, CancellationToken cancellationToken = default)
        {
            RequestValidator.ValidateInstanceId("InstanceId", instanceId);
            RequestValidator.ValidateIdentifier("RequestId", requestId);
            var context = await NewContextAsync(NewDeadline(), cancellationToken).ConfigureAwait(false);
            var reply = await SendAsync(HttpMethod.Get, ApiPaths.ProvisioningStatus(instanceId, requestId), null, context, cancellationToken).ConfigureAwait(false);
            return ReadProvisioningStatus(reply, instanceId, "DescribePermissionSetProvisioningStatus");
        }

        /// <summary>Every provisioning request of the instance (request id, status, date), optionally of one status.</summary>
        public async Task<IReadOnlyList<PermissionSetProvisioningStatus>> ListProvisioningStatusesAsync(string instanceId, string? status = null, CancellationToken cancellationToken = default)
        {
            RequestValidator.ValidateInstanceId("InstanceId", instanceId);
            AssignmentValidator.ValidateStatusFilter(status);
            var filter = new[] { new KeyValuePair<string, string?>("status", RequestStates.Normalize(status)) };
            var items = await ListEveryPageAsync(ApiPaths.ProvisioningStatuses(instanceId), filter, IdcJsonContext.Default.ProvisioningStatusPage, "ListPermissionSetProvisioningStatus", p => p.Statuses, p => p.PageInfo, NewDeadline(), cancellationToken).ConfigureAwait(false);
            return items.Select(dto => ToModel(dto, instanceId)).ToList();
        }

        /// <summary>The accounts a permission set is provisioned to, optionally only those with (or without) its latest version.</summary>
        public async Task<IReadOnlyList<ProvisionedPermissionSet>> ListAccountsForProvisionedPermissionSetAsync(string instanceId, string permissionSetId, string? provisioningStatus = null, CancellationToken cancellationToken = default)
        {
            RequestValidator.ValidateInstanceId("InstanceId", instanceId);
            RequestValidator.ValidatePermissionSetId("PermissionSetId", permissionSetId);
            AssignmentValidator.ValidateProvisioningFilter(provisioningStatus);
            var state = ProvisioningStates.Normalize(provisioningStatus);
            var filter = new[] { new KeyValuePair<string, string?>("provisioning_status", state) };
            var ids = await ListEveryPageAsync(ApiPaths.ProvisionedAccounts(instanceId, permissionSetId), filter, IdcJsonContext.Default.AccountIdPage, "ListAccountsForProvisionedPermissionSet", p => p.AccountIds, p => p.PageInfo, NewDeadline(), cancellationToken).ConfigureAwait(false);
            return ids.Select(accountId => new ProvisionedPermissionSet { InstanceId = instanceId, PermissionSetId = permissionSetId, AccountId = accountId, ProvisioningStatus = state }).ToList();
        }

        /// <summary>The permission sets provisioned to an account, optionally only those with (or without) their latest version.</summary>
        public async Task<IReadOnlyList<ProvisionedPermissionSet>> ListPermissionSetsProvisionedToAccountAsync(string instanceId, string accountId, string? provisioningStatus = null, CancellationToken cancellationToken = default)
        {
            RequestValidator.ValidateInstanceId("InstanceId", instanceId);
            RequestValidator.ValidateIdentifier("AccountId", accountId);
            AssignmentValidator.ValidateProvisioningFilter(provisioningStatus);
            var state = ProvisioningStates.Normalize(provisioningStatus);
            var filter = new[]
            {
                new KeyValuePair<string, string?>("account_id", accountId),
                new KeyValuePair<string, string?>("provisioning_status", state),
            };
            var ids = await ListEveryPageAsync(ApiPaths.ProvisionedToAccount(instanceId), filter, IdcJsonContext.Default.PermissionSetIdPage, "ListPermissionSetsProvisionedToAccount", p => p.PermissionSets, p => p.PageInfo, NewDeadline(), cancellationToken).ConfigureAwait(false);
            return ids.Select(setId => new ProvisionedPermissionSet { InstanceId = instanceId, PermissionSetId = setId, AccountId = accountId, ProvisioningStatus = state }).ToList();
        }

        /// <summary>The request's current status, read again from the service: the one call a wait repeats.</summary>
        public async Task<AsyncRequestStatus> RefreshStatusAsync(AsyncRequestStatus status, CancellationToken cancellationToken = default)
        {
            switch (status)
            {
                case AccountAssignmentStatus assignment:
                    return await GetAccountAssignmentStatusAsync(assignment.InstanceId, assignment.Operation, assignment.RequestId!, cancellationToken).ConfigureAwait(false);
                case PermissionSetProvisioningStatus provisioning:
                    return await GetProvisioningStatusAsync(provisioning.InstanceId, provisioning.RequestId!, cancellationToken).ConfigureAwait(false);
                default:
                    throw new System.ArgumentException("Not a status this client reads: " + status?.GetType().FullName, nameof(status));
            }
        }

        private static PermissionSetProvisioningStatus ToModel(ProvisioningStatusDto dto, string instanceId) => new PermissionSetProvisioningStatus
        {
            InstanceId = instanceId,
            RequestId = dto.RequestId,
            Status = dto.Status ?? string.Empty,
            FailureReason = dto.FailureReason,
            CreatedDate = dto.CreatedDate,
            PermissionSetId = dto.PermissionSetId,
            AccountId = string.IsNullOrEmpty(dto.AccountId) ? null : dto.AccountId,
        };

        private static PermissionSetProvisioningStatus ReadProvisioningStatus(byte[] reply, string instanceId, string operationName)
        {
            var dto = Deserialize(reply, IdcJsonContext.Default.ProvisioningEnvelope, operationName).Status;
            if (dto == null || string.IsNullOrEmpty(dto.RequestId))
            {
                throw new IdcTransportException("The reply to " + operationName + " has no status object with a request_id.");
            }

            return ToModel(dto, instanceId);
        }
    }
}
