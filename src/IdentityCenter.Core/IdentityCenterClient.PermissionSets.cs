using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
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
    // Reading, updating and removing permission sets, and the create that returns an equal set already there.
    public sealed partial class IdentityCenterClient
    {
        /// <exception cref="IdcServiceException">HTTP 404 when the instance or the permission set does not exist.</exception>
        public Task<PermissionSet> GetPermissionSetAsync(string instanceId, string permissionSetId, CancellationToken cancellationToken = default)
        {
            LifecycleValidator.ValidatePermissionSetReference(instanceId, permissionSetId);
            return GetPermissionSetAsync(instanceId, permissionSetId, NewDeadline(), cancellationToken);
        }

        /// <summary>The permission set of exactly this name (names are unique in an instance), or null when there is none.</summary>
        public Task<PermissionSet?> FindPermissionSetByNameAsync(string instanceId, string name, CancellationToken cancellationToken = default)
        {
            ValidateListing(instanceId, name);
            return FindPermissionSetByNameAsync(instanceId, name, NewDeadline(), cancellationToken);
        }

        /// <summary>
        /// Sends only the fields that differ from what the set holds, so a rerun with the same values sends no change.
        /// </summary>
        public async Task<PermissionSetUpdate> UpdatePermissionSetAsync(UpdatePermissionSetRequest request, CancellationToken cancellationToken = default)
        {
            LifecycleValidator.Validate(request);
            var deadline = NewDeadline();
            var current = await GetPermissionSetAsync(request.InstanceId, request.PermissionSetId, deadline, cancellationToken).ConfigureAwait(false);
            var changes = CreateAdoption.Differences(current, new CreatePermissionSetRequest
            {
                Description = request.Description,
                RelayState = request.RelayState,
                SessionDuration = request.SessionDuration,
            });
            if (changes.Count == 0)
            {
                return new PermissionSetUpdate(current, changes);
            }

            var body = new UpdatePermissionSetBody();
            foreach (var change in changes)
            {
                switch (change.Field)
                {
                    case "Description":
                        body.Description = current.Description = change.Requested;
                        break;
                    case "RelayState":
                        body.RelayState = current.RelayState = change.Requested;
                        break;
                    default:
                        body.SessionDuration = current.SessionDuration = change.Requested;
                        break;
                }
            }

            var bytes = JsonSerializer.SerializeToUtf8Bytes(body, IdcJsonContext.Default.UpdatePermissionSetBody);
            var context = await NewContextAsync(deadline, cancellationToken).ConfigureAwait(false);
            await SendAsync(HttpMethod.Put, ApiPaths.PermissionSet(request.InstanceId, request.PermissionSetId), bytes, context, cancellationToken).ConfigureAwait(false);
            return new PermissionSetUpdate(current, changes);
        }

        public Task<RemovalResult> DeletePermissionSetAsync(string instanceId, string permissionSetId, CancellationToken cancellationToken = default)
        {
            LifecycleValidator.ValidatePermissionSetReference(instanceId, permissionSetId);
            return RemoveAsync(HttpMethod.Delete, ApiPaths.PermissionSet(instanceId, permissionSetId), null, NewDeadline(), cancellationToken);
        }

        /// <summary>
        /// For runbooks: the set of the request's name when it has every field the request gives (tags included),
        /// else a new one. A set of that name with other values is returned with the differences and left unchanged.
        /// </summary>
        public async Task<CreateOrGetResult> CreateOrGetPermissionSetAsync(CreatePermissionSetRequest request, CancellationToken cancellationToken = default)
        {
            RequestValidator.Validate(request);
            var deadline = NewDeadline();
            var existing = await FindPermissionSetByNameAsync(request.InstanceId, request.Name, deadline, cancellationToken).ConfigureAwait(false);
            if (existing == null)
            {
                try
                {
                    var created = await CreatePermissionSetAsync(request, deadline, cancellationToken).ConfigureAwait(false);
                    return new CreateOrGetResult(created, created: true, Array.Empty<FieldDifference>());
                }
                catch (IdcServiceException conflict) when (conflict.Kind == ServiceErrorKind.NameTaken)
                {
                    // Another run created it between the look-up and the create; compare with that one.
                    existing = await FindPermissionSetByNameAsync(request.InstanceId, request.Name, deadline, cancellationToken).ConfigureAwait(false);
                    if (existing == null)
                    {
                        throw;
                    }
                }
            }

            var differences = CreateAdoption.Differences(existing, request);
            if (request.Tags != null && request.Tags.Count > 0)
            {
                var tags = await TagPages(existing.PermissionSetId, deadline).ReadAllAsync(cancellationToken).ConfigureAwait(false);
                differences.AddRange(CreateAdoption.TagDifferences(tags, request.Tags));
            }

            return new CreateOrGetResult(existing, created: false, differences);
        }

        private async Task<PermissionSet> GetPermissionSetAsync(string instanceId, string permissionSetId, CallDeadline deadline, CancellationToken cancellationToken)
        {
            var context = await NewContextAsync(deadline, cancellationToken).ConfigureAwait(false);
            var reply = await SendAsync(HttpMethod.Get, ApiPaths.PermissionSet(instanceId, permissionSetId), null, context, cancellationToken).ConfigureAwait(false);
            var dto = PermissionSetOf(reply, "DescribePermissionSet")
                ?? throw new IdcTransportException("The reply to DescribePermissionSet has no permission_set object.");
            var missing = MissingField(dto);
            if (missing != null)
            {
                throw new IdcTransportException("The reply to DescribePermissionSet lacks the required field " + missing + ".");
            }

            return ToModel(dto, instanceId);
        }

        private async Task<PermissionSet?> FindPermissionSetByNameAsync(string instanceId, string name, CallDeadline deadline, CancellationToken cancellationToken)
        {
            var candidates = await PermissionSetPages(instanceId, name, deadline).ReadAllAsync(cancellationToken).ConfigureAwait(false);
            return candidates.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
        }

        /// <summary>A DELETE (or detach) whose "not found" means there is nothing left to remove.</summary>
        private async Task<RemovalResult> RemoveAsync(HttpMethod method, string path, byte[]? body, CallDeadline deadline, CancellationToken cancellationToken)
        {
            var context = await NewContextAsync(deadline, cancellationToken).ConfigureAwait(false);
            try
            {
                await SendAsync(method, path, body, context, cancellationToken).ConfigureAwait(false);
                return new RemovalResult(RemovalOutcome.Removed);
            }
            catch (IdcServiceException gone) when (ServiceErrorCodes.MeansAbsent(gone))
            {
                if (gone.OutcomeUnknown != null)
                {
                    sink.Report(new IdcEvent(IdcEventLevel.Verbose, "An earlier attempt of " + method.Method + " " + path + " lost its reply; the retry found nothing left, so it was removed."));
                    return new RemovalResult(RemovalOutcome.RemovedReplyLost);
                }

                return new RemovalResult(RemovalOutcome.WasAbsent, gone.ErrorMessage);
            }
        }
    }
}
