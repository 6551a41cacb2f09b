using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Http;
using IdentityCenter.Core.Json;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core
{
    /// <summary>
    /// The Identity Center API. Every request is validated before it is signed, goes through the shared HTTP
    /// pipeline, and comes back as a typed result or an <see cref="IdcServiceException"/>.
    /// </summary>
    public sealed class IdentityCenterClient
    {
        private const string PageLimit = "100";

        private readonly IdcClientOptions options;
        private readonly IdcCredentials credentials;
        private readonly IIdcEventSink sink;

        public IdentityCenterClient(IdcClientOptions options, IdcCredentials credentials, IIdcEventSink? sink = null)
        {
            this.options = options ?? throw new ArgumentNullException(nameof(options));
            this.credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
            this.sink = sink ?? NullEventSink.Instance;
        }

        public IdcClientOptions Options => options;

        public async Task<PermissionSet> CreatePermissionSetAsync(CreatePermissionSetRequest request, CancellationToken cancellationToken = default)
        {
            RequestValidator.Validate(request);
            var body = JsonSerializer.SerializeToUtf8Bytes(ToBody(request), IdcJsonContext.Default.CreatePermissionSetBody);
            var deadline = NewDeadline();
            var context = await NewContextAsync(deadline, cancellationToken).ConfigureAwait(false);
            try
            {
                var reply = await SendAsync(HttpMethod.Post, ApiPaths.PermissionSets(request.InstanceId), body, context, cancellationToken).ConfigureAwait(false);
                var envelope = DeserializeChange(reply, IdcJsonContext.Default.PermissionSetEnvelope, "CreatePermissionSet", "the permission set was probably created");
                var dto = envelope.PermissionSet
                    ?? throw ChangeReplyRefused("CreatePermissionSet", "has no permission_set object", "the permission set was probably created");
                var missing = MissingField(dto);
                if (missing != null)
                {
                    throw ChangeReplyRefused("CreatePermissionSet", "lacks the required field " + missing, "the permission set was probably created");
                }

                return ToModel(dto, request.InstanceId);
            }
            catch (IdcServiceException conflict) when (conflict.Kind == ServiceErrorKind.NameTaken && conflict.OutcomeUnknown != null)
            {
                return await AdoptAsync(request, conflict, conflict.OutcomeUnknown, deadline, cancellationToken).ConfigureAwait(false);
            }
        }

        public async Task<CustomPolicyAssignment> PutCustomPolicyAsync(PutCustomPolicyRequest request, CancellationToken cancellationToken = default)
        {
            RequestValidator.Validate(request);
            var body = JsonSerializer.SerializeToUtf8Bytes(new CustomPolicyBody { CustomPolicy = request.Policy }, IdcJsonContext.Default.CustomPolicyBody);
            var context = await NewContextAsync(NewDeadline(), cancellationToken).ConfigureAwait(false);
            await SendAsync(HttpMethod.Put, ApiPaths.CustomPolicy(request.InstanceId, request.PermissionSetId), body, context, cancellationToken).ConfigureAwait(false);
            return new CustomPolicyAssignment(request.InstanceId, request.PermissionSetId, request.Policy);
        }

        /// <summary>All permission sets of an instance, following every page; with a name, only that one.</summary>
        public Task<IReadOnlyList<PermissionSet>> ListPermissionSetsAsync(string instanceId, string? name = null, CancellationToken cancellationToken = default)
        {
            RequestValidator.ValidateInstanceId("InstanceId", instanceId);
            return ListPermissionSetsAsync(instanceId, name, NewDeadline(), cancellationToken);
        }

        public async Task<IReadOnlyList<IdentityCenterInstance>> ListInstancesAsync(CancellationToken cancellationToken = default)
        {
            var deadline = NewDeadline();
            var results = new List<IdentityCenterInstance>();
            var cursor = new PageCursor("ListInstances");
            InstancePage page;
            do
            {
                var query = new[] { new KeyValuePair<string, string?>("limit", PageLimit), new KeyValuePair<string, string?>("marker", cursor.Marker) };
                var context = await NewContextAsync(deadline, cancellationToken).ConfigureAwait(false);
                var reply = await SendAsync(HttpMethod.Get, ApiPaths.WithQuery(ApiPaths.Instances, query), null, context, cancellationToken).ConfigureAwait(false);
                page = Deserialize(reply, IdcJsonContext.Default.InstancePage, "ListInstances");
                foreach (var dto in page.Instances ?? new List<InstanceDto>())
                {
                    if (string.IsNullOrEmpty(dto.InstanceId))
                    {
                        throw new IdcTransportException("The reply to ListInstances lists an instance without the required field instance_id.");
                    }

                    results.Add(new IdentityCenterInstance
                    {
                        InstanceId = dto.InstanceId!,
                        IdentityStoreId = dto.IdentityStoreId,
                        Alias = dto.Alias,
                        InstanceUrn = dto.InstanceUrn,
                    });
                }
            }
            while (cursor.Advance(page.PageInfo));
            return results;
        }

        internal static CreatePermissionSetBody ToBody(CreatePermissionSetRequest request) => new CreatePermissionSetBody
        {
            Name = request.Name,
            Description = request.Description,
            RelayState = request.RelayState,
            SessionDuration = request.SessionDuration,
            Tags = request.Tags == null || request.Tags.Count == 0
                ? null
                : request.Tags.Select(t => new TagDto { Key = t.Key, Value = t.Value }).ToList(),
        };

        internal static PermissionSet ToModel(PermissionSetDto dto, string instanceId) => new PermissionSet
        {
            PermissionSetId = dto.PermissionSetId ?? string.Empty,
            Name = dto.Name ?? string.Empty,
            Description = dto.Description,
            RelayState = dto.RelayState,
            SessionDuration = dto.SessionDuration,
            CreatedDate = EpochMilliseconds.Read(dto.CreatedDate),
            PermissionUrn = dto.PermissionUrn,
            InstanceId = instanceId,
        };

        /// <summary>The first field a permission set must have that this one lacks; null when it has them all.</summary>
        private static string? MissingField(PermissionSetDto dto) =>
            string.IsNullOrEmpty(dto.PermissionSetId) ? "permission_set_id" : string.IsNullOrEmpty(dto.Name) ? "name" : null;

        private static T Deserialize<T>(byte[] body, JsonTypeInfo<T> typeInfo, string operation)
            where T : class
        {
            try
            {
                return JsonSerializer.Deserialize(body, typeInfo)
                    ?? throw new IdcTransportException("The reply to " + operation + " is JSON null, not the documented object.");
            }
            catch (JsonException ex)
            {
                throw new IdcTransportException("The reply to " + operation + " is not the JSON the API documents: " + ex.Message, ex);
            }
        }

        /// <summary>A change's success reply: when it cannot be read, the change was still made, and the error says so.</summary>
        private T DeserializeChange<T>(byte[] body, JsonTypeInfo<T> typeInfo, string operation, string applied)
            where T : class
        {
            try
            {
                return Deserialize(body, typeInfo, operation);
            }
            catch (IdcTransportException ex)
            {
                throw new IdcTransportException(ex.Reason, ex.InnerException, AppliedWithoutReply(operation, applied));
            }
        }

        private IdcTransportException ChangeReplyRefused(string operation, string problem, string applied) =>
            new IdcTransportException(
                "The service answered " + operation + " with success, but the reply " + problem + ", which the API requires; the reply is refused as a protocol error.",
                null,
                AppliedWithoutReply(operation, applied));

        private OutcomeUnknown AppliedWithoutReply(string operation, string applied)
        {
            var now = options.Clock();
            return new OutcomeUnknown(new[] { "the service answered " + operation + " with success, so " + applied }, now, now);
        }

        private CallDeadline NewDeadline() => new CallDeadline(options.Retry.TotalTimeout);

        private async Task<IReadOnlyList<PermissionSet>> ListPermissionSetsAsync(string instanceId, string? name, CallDeadline deadline, CancellationToken cancellationToken)
        {
            var results = new List<PermissionSet>();
            var cursor = new PageCursor("ListPermissionSets");
            PermissionSetPage page;
            do
            {
                var query = new[]
                {
                    new KeyValuePair<string, string?>("limit", PageLimit),
                    new KeyValuePair<string, string?>("marker", cursor.Marker),
                    new KeyValuePair<string, string?>("name", name),
                };
                var context = await NewContextAsync(deadline, cancellationToken).ConfigureAwait(false);
                var reply = await SendAsync(HttpMethod.Get, ApiPaths.WithQuery(ApiPaths.PermissionSets(instanceId), query), null, context, cancellationToken).ConfigureAwait(false);
                page = Deserialize(reply, IdcJsonContext.Default.PermissionSetPage, "ListPermissionSets");
                foreach (var dto in page.PermissionSets ?? new List<PermissionSetDto>())
                {
                    var missing = MissingField(dto);
                    if (missing != null)
                    {
                        throw new IdcTransportException("The reply to ListPermissionSets lists a permission set without the required field " + missing + ".");
                    }

                    results.Add(ToModel(dto, instanceId));
                }
            }
            while (cursor.Advance(page.PageInfo));
            return results;
        }

        private async Task<IReadOnlyList<PermissionSetTag>> ListTagsAsync(string permissionSetId, CallDeadline deadline, CancellationToken cancellationToken)
        {
            var results = new List<PermissionSetTag>();
            var cursor = new PageCursor("ListTagsForResource");
            TagPage page;
            do
            {
                var query = new[] { new KeyValuePair<string, string?>("limit", PageLimit), new KeyValuePair<string, string?>("marker", cursor.Marker) };
                var context = await NewContextAsync(deadline, cancellationToken).ConfigureAwait(false);
                var reply = await SendAsync(HttpMethod.Get, ApiPaths.WithQuery(ApiPaths.PermissionSetTags(permissionSetId), query), null, context, cancellationToken).ConfigureAwait(false);
                page = Deserialize(reply, IdcJsonContext.Default.TagPage, "ListTagsForResource");
                results.AddRange((page.Tags ?? new List<TagDto>()).Select(t => new PermissionSetTag(t.Key ?? string.Empty, t.Value ?? string.Empty)));
            }
            while (cursor.Advance(page.PageInfo));
            return results;
        }

        /// <summary>
        /// After a lost reply, "name taken" may be this call's own earlier attempt. The existing set is returned, marked
        /// <see cref="PermissionSet.Adopted"/>, only when <see cref="CreateAdoption"/> finds it is; a set that is
        /// plainly someone else's gives the conflict as settled, and one that cannot be told keeps it open.
        /// </summary>
        private async Task<PermissionSet> AdoptAsync(CreatePermissionSetRequest request, IdcServiceException conflict, OutcomeUnknown outcome, CallDeadline deadline, CancellationToken cancellationToken)
        {
            PermissionSet? existing;
            try
            {
                var candidates = await ListPermissionSetsAsync(request.InstanceId, request.Name, deadline, cancellationToken).ConfigureAwait(false);
                existing = candidates.FirstOrDefault(p => string.Equals(p.Name, request.Name, StringComparison.Ordinal));
            }
            catch (Exception ex) when (ex is IdcServiceException || ex is IdcTransportException)
            {
                throw conflict.WithNote("The set holding the name could not be looked up to tell whether it is this call's: " + ex.Message);
            }

            if (existing == null)
            {
                throw conflict.WithNote("No permission set of this name could be found to tell whether it is this call's.");
            }

            if (!CreateAdoption.FieldsMatch(existing, request))
            {
                throw conflict.Settled("The permission set " + existing.PermissionSetId + " holding the name differs from the one asked for, so it is not this call's.");
            }

            if (existing.CreatedDate == null)
            {
                throw conflict.WithNote("The permission set " + existing.PermissionSetId + " holding the name has no created_date, so whether this call created it cannot be told.");
            }

            var notOurs = CreateAdoption.NotOurs(existing.CreatedDate.Value, outcome);
            if (notOurs != null)
            {
                throw conflict.Settled(notOurs + " (" + existing.PermissionSetId + ")");
            }

            string? tagsUnchecked = null;
            if (request.Tags != null && request.Tags.Count > 0)
            {
                IReadOnlyList<PermissionSetTag>? tags = null;
                try
                {
                    tags = await ListTagsAsync(existing.PermissionSetId, deadline, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IdcServiceException || ex is IdcTransportException)
                {
                    tagsUnchecked = ex.Message;
                }

                if (tags != null && !CreateAdoption.TagsMatch(tags, request.Tags))
                {
                    throw conflict.Settled("The permission set " + existing.PermissionSetId + " holding the name has other tags than those asked for, so it is not this call's.");
                }
            }

            existing.Adopted = true;
            existing.OutcomeNote = CreateAdoption.Note(existing, outcome, tagsUnchecked);
            sink.Report(new IdcEvent(
                IdcEventLevel.Verbose,
                "Permission set '" + request.Name + "' was created by an earlier attempt whose reply was lost; returning " + existing.PermissionSetId + "."));
            sink.Report(new IdcEvent(IdcEventLevel.Warning, "Permission set '" + request.Name + "' (" + existing.PermissionSetId + "): " + existing.OutcomeNote));
            return existing;
        }

        private async Task<RequestContext> NewContextAsync(CallDeadline deadline, CancellationToken cancellationToken)
        {
            var effective = credentials;
            if (effective.DomainId == null)
            {
                // The look-up is shared by every caller waiting for it, so it gets its own time limit, not this call's.
                var domainId = await DomainIdDiscovery.GetAsync(credentials.AccessKeyId, options.IamEndpoint, token => DiscoverDomainIdAsync(NewDeadline(), token), cancellationToken).ConfigureAwait(false);
                effective = credentials.WithDomainId(domainId);
            }

            return new RequestContext(effective, sink, options.Retry, options.Clock, deadline);
        }

        private async Task<string> DiscoverDomainIdAsync(CallDeadline deadline, CancellationToken cancellationToken)
        {
            sink.Report(new IdcEvent(IdcEventLevel.Verbose, "No domain id is configured; asking IAM at " + options.IamEndpoint.GetLeftPart(UriPartial.Authority) + " for the account's domain id."));
            var context = new RequestContext(credentials, sink, options.Retry, options.Clock, deadline) { SendDomainId = false };
            byte[] reply;
            try
            {
                reply = await SendAsync(options.IamEndpoint, HttpMethod.Get, ApiPaths.Domains, null, context, cancellationToken).ConfigureAwait(false);
            }
            catch (IdcServiceException ex)
            {
                throw DomainIdDiscovery.Failure(ex, credentials.AccessKeyId, options.IamEndpoint);
            }

            var domains = Deserialize(reply, IdcJsonContext.Default.DomainList, "the IAM domain look-up");
            var id = domains.Domains?.FirstOrDefault(d => !string.IsNullOrEmpty(d.Id))?.Id;
            if (id == null)
            {
                throw new IdcConfigurationException("IAM returned no domain for access key " + credentials.AccessKeyId + ", so the account's domain id is unknown.");
            }

            return id;
        }

        private Task<byte[]> SendAsync(HttpMethod method, string pathAndQuery, byte[]? body, RequestContext context, CancellationToken cancellationToken) =>
            SendAsync(options.Endpoint, method, pathAndQuery, body, context, cancellationToken);

        /// <summary>The body of a success reply; any other reply reaches the caller as the pipeline's exception.</summary>
        private async Task<byte[]> SendAsync(Uri endpoint, HttpMethod method, string pathAndQuery, byte[]? body, RequestContext context, CancellationToken cancellationToken)
        {
            var uri = new Uri(endpoint.GetLeftPart(UriPartial.Authority) + endpoint.AbsolutePath.TrimEnd('/') + pathAndQuery);
            using var request = new HttpRequestMessage(method, uri);
            if (body != null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue(SigningHandler.JsonContentType);
            }

            context.AttachTo(request);
            try
            {
                using var response = await IdcHttpPipeline.Shared.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                return BufferedReplyContent.Of(response);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (HttpRequestException ex)
            {
                throw new IdcTransportException("The request to " + uri.GetLeftPart(UriPartial.Authority) + " failed: " + TransportFailure.Cause(ex), ex);
            }
        }
    }
}
