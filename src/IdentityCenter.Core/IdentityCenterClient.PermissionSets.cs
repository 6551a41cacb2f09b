using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Json;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core
{
    // Reading, updating and removing permission sets, and the create that returns an equal set already there.
    public sealed partial class IdentityCenterClient
    {
        /// <summary>The largest page the listings allow; fewer round trips for the same items.</summary>
        internal const int PageSize = 100;

        /// <summary>One page of an instance's permission sets; with a name, the service filters on it exactly.</summary>
        /// <param name="marker">Null for the first page, then the previous page's <see cref="ResultPage{T}.NextMarker"/>.</param>
        public async Task<ResultPage<PermissionSet>> ListPermissionSetsPageAsync(string instanceId, string? name, string? marker, CancellationToken cancellationToken = default)
        {
            RequestValidator.ValidateIdentifier("InstanceId", instanceId);
            if (name != null)
            {
                LifecycleValidator.ValidateName(name);
            }

            var page = await GetPageAsync(
                ApiPaths.PermissionSets(instanceId),
                marker,
                IdcJsonContext.Default.PermissionSetPage,
                "ListPermissionSets",
                cancellationToken,
                new KeyValuePair<string, string?>("name", name)).ConfigureAwait(false);
            var items = (page.PermissionSets ?? new List<PermissionSetDto>()).Select(dto => ToModel(dto, instanceId)).ToList();
            return new ResultPage<PermissionSet>(items, NextMarker(page.PageInfo, marker));
        }

        /// <exception cref="IdcServiceException">HTTP 404 when the instance or the permission set does not exist.</exception>
        public async Task<PermissionSet> GetPermissionSetAsync(string instanceId, string permissionSetId, CancellationToken cancellationToken = default)
        {
            LifecycleValidator.ValidatePermissionSetReference(instanceId, permissionSetId);
            var context = await NewContextAsync(cancellationToken).ConfigureAwait(false);
            var reply = await SendAsync(HttpMethod.Get, ApiPaths.PermissionSet(instanceId, permissionSetId), null, context, cancellationToken).ConfigureAwait(false);
            var envelope = Deserialize(reply, IdcJsonContext.Default.PermissionSetEnvelope, "DescribePermissionSet");
            if (envelope.PermissionSet == null)
            {
                throw new IdcTransportException("The reply to DescribePermissionSet has no permission_set object.");
            }

            return ToModel(envelope.PermissionSet, instanceId);
        }

        /// <summary>The permission set of exactly this name (names are unique in an instance), or null when there is none.</summary>
        public async Task<PermissionSet?> FindPermissionSetByNameAsync(string instanceId, string name, CancellationToken cancellationToken = default)
        {
            var candidates = await ListPermissionSetsAsync(instanceId, name, cancellationToken).ConfigureAwait(false);
            return candidates.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
        }

        /// <summary>
        /// Sends only the fields that differ from what the set holds, so a rerun with the same values sends no change.
        /// </summary>
        public async Task<PermissionSetUpdate> UpdatePermissionSetAsync(UpdatePermissionSetRequest request, CancellationToken cancellationToken = default)
        {
            LifecycleValidator.Validate(request);
            var current = await GetPermissionSetAsync(request.InstanceId, request.PermissionSetId, cancellationToken).ConfigureAwait(false);
            var changes = CreateMatch.Differences(current, new CreatePermissionSetRequest
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
            var context = await NewContextAsync(cancellationToken).ConfigureAwait(false);
            await SendAsync(HttpMethod.Put, ApiPaths.PermissionSet(request.InstanceId, request.PermissionSetId), bytes, context, cancellationToken).ConfigureAwait(false);
            return new PermissionSetUpdate(current, changes);
        }

        public async Task<RemovalResult> DeletePermissionSetAsync(string instanceId, string permissionSetId, CancellationToken cancellationToken = default)
        {
            LifecycleValidator.ValidatePermissionSetReference(instanceId, permissionSetId);
            return await RemoveAsync(HttpMethod.Delete, ApiPaths.PermissionSet(instanceId, permissionSetId), null, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// For runbooks: the set of the request's name when it has every field the request gives (tags included),
        /// else a new one. A set of that name with other values is returned with the differences and left unchanged.
        /// </summary>
        public async Task<CreateOrGetResult> CreateOrGetPermissionSetAsync(CreatePermissionSetRequest request, CancellationToken cancellationToken = default)
        {
            RequestValidator.Validate(request);
            var existing = await FindPermissionSetByNameAsync(request.InstanceId, request.Name, cancellationToken).ConfigureAwait(false);
            if (existing == null)
            {
                try
                {
                    var created = await CreatePermissionSetAsync(request, cancellationToken).ConfigureAwait(false);
                    return new CreateOrGetResult(created, created: true, Array.Empty<FieldDifference>());
                }
                catch (IdcServiceException conflict) when (IsDuplicateName(conflict))
                {
                    // Another run created it between the look-up and the create; compare with that one.
                    existing = await FindPermissionSetByNameAsync(request.InstanceId, request.Name, cancellationToken).ConfigureAwait(false);
                    if (existing == null)
                    {
                        throw;
                    }
                }
            }

            var differences = CreateMatch.Differences(existing, request);
            if (request.Tags != null && request.Tags.Count > 0)
            {
                var tags = await ListPermissionSetTagsAsync(existing.PermissionSetId, cancellationToken).ConfigureAwait(false);
                differences.AddRange(CreateMatch.TagDifferences(tags, request.Tags));
            }

            return new CreateOrGetResult(existing, created: false, differences);
        }

        /// <summary>A DELETE (or detach) whose "not found" means there is nothing left to remove.</summary>
        private async Task<RemovalResult> RemoveAsync(HttpMethod method, string path, byte[]? body, CancellationToken cancellationToken)
        {
            var context = await NewContextAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await SendAsync(method, path, body, context, cancellationToken).ConfigureAwait(false);
                return new RemovalResult(RemovalOutcome.Removed);
            }
            catch (IdcServiceException gone) when (NotFoundReply.Is(gone))
            {
                if (context.OutcomeUnknown)
                {
                    sink.Report(new IdcEvent(IdcEventLevel.Verbose, "An earlier attempt of " + method.Method + " " + path + " lost its reply; the retry found nothing left, so it was removed."));
                    return new RemovalResult(RemovalOutcome.RemovedReplyLost);
                }

                return new RemovalResult(RemovalOutcome.WasAbsent, gone.ErrorMessage);
            }
        }

        /// <summary>One GET of a paged listing at the largest page size, with any filter.</summary>
        private async Task<TPage> GetPageAsync<TPage>(
            string path,
            string? marker,
            JsonTypeInfo<TPage> typeInfo,
            string operation,
            CancellationToken cancellationToken,
            params KeyValuePair<string, string?>[] filters)
            where TPage : class
        {
            var query = new[]
            {
                new KeyValuePair<string, string?>("limit", PageSize.ToString(CultureInfo.InvariantCulture)),
                new KeyValuePair<string, string?>("marker", marker),
            }.Concat(filters);
            var context = await NewContextAsync(cancellationToken).ConfigureAwait(false);
            var reply = await SendAsync(HttpMethod.Get, ApiPaths.WithQuery(path, query), null, context, cancellationToken).ConfigureAwait(false);
            return Deserialize(reply, typeInfo, operation);
        }
    }
}
