using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
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
    public sealed partial class IdentityCenterClient
    {
        /// <summary>The largest page the listings allow; fewer round trips for the same items.</summary>
        internal const int PageSize = 100;

        private static readonly byte[] PermissionSetMember = Encoding.UTF8.GetBytes("permission_set");

        private readonly IdcClientOptions options;
        private readonly IdcCredentialProvider credentials;
        private readonly IIdcEventSink sink;
        private RequestTarget? lastTarget;

        public IdentityCenterClient(IdcClientOptions options, IdcCredentials credentials, IIdcEventSink? sink = null)
            : this(options, IdcCredentialProvider.Fixed(credentials ?? throw new ArgumentNullException(nameof(credentials))), sink)
        {
        }

        /// <param name="credentials">Asked for the keys on every attempt, so temporary keys it renews are used as soon as it has them.</param>
        public IdentityCenterClient(IdcClientOptions options, IdcCredentialProvider credentials, IIdcEventSink? sink = null)
        {
            this.options = options ?? throw new ArgumentNullException(nameof(options));
            this.credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
            this.sink = sink ?? NullEventSink.Instance;
        }

        public IdcClientOptions Options => options;

        public Task<PermissionSet> CreatePermissionSetAsync(CreatePermissionSetRequest request, CancellationToken cancellationToken = default)
        {
            RequestValidator.Validate(request);
            return CreatePermissionSetAsync(request, NewDeadline(), cancellationToken);
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
            ValidateListing(instanceId, name);
            return PermissionSetPages(instanceId, name, NewDeadline()).ReadAllAsync(cancellationToken);
        }

        /// <summary>
        /// The permission sets of an instance a page at a time (with a name, only that one), for a caller that hands each
        /// page on before asking for the next.
        /// </summary>
        public PagedListing<PermissionSet> ListPermissionSetPages(string instanceId, string? name = null)
        {
            ValidateListing(instanceId, name);
            return PermissionSetPages(instanceId, name, NewDeadline());
        }

        public Task<IReadOnlyList<IdentityCenterInstance>> ListInstancesAsync(CancellationToken cancellationToken = default) =>
            Listing(
                "ListInstances",
                ApiPaths.Instances,
                IdcJsonContext.Default.InstancePage,
                page => page.PageInfo,
                page => (page.Instances ?? new List<InstanceDto>()).Select(ToModel),
                NewDeadline()).ReadAllAsync(cancellationToken);

        private async Task<PermissionSet> CreatePermissionSetAsync(CreatePermissionSetRequest request, CallDeadline deadline, CancellationToken cancellationToken)
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(ToBody(request), IdcJsonContext.Default.CreatePermissionSetBody);
            var context = await NewContextAsync(deadline, cancellationToken).ConfigureAwait(false);
            try
            {
                var reply = await SendAsync(HttpMethod.Post, ApiPaths.PermissionSets(request.InstanceId), body, context, cancellationToken).ConfigureAwait(false);
                var dto = PermissionSetOfChange(reply, "CreatePermissionSet", "the permission set was probably created")
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

        private static IdentityCenterInstance ToModel(InstanceDto dto)
        {
            if (string.IsNullOrEmpty(dto.InstanceId))
            {
                throw new IdcTransportException("The reply to ListInstances lists an instance without the required field instance_id.");
            }

            return new IdentityCenterInstance
            {
                InstanceId = dto.InstanceId!,
                IdentityStoreId = dto.IdentityStoreId,
                Alias = dto.Alias,
                InstanceUrn = dto.InstanceUrn,
            };
        }

        internal static PermissionSet ToModel(PermissionSetDto dto, string instanceId) => new PermissionSet
        {
            PermissionSetId = dto.PermissionSetId ?? string.Empty,
            Name = dto.Name ?? string.Empty,
            Description = dto.Description,
            RelayState = dto.RelayState,
            SessionDuration = dto.SessionDuration,
            CreatedDate = dto.CreatedDate,
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
                return JsonSerializer.Deserialize(body, typeInfo) ?? throw ReplyIsJsonNull(operation);
            }
            catch (JsonException ex)
            {
                throw ReplyIsNotTheDocumentedJson(operation, ex);
            }
        }

        /// <summary>The reply's permission_set object, read without its envelope; null when it has none.</summary>
        internal static PermissionSetDto? PermissionSetOf(byte[] body, string operation)
        {
            try
            {
                var dto = ReplyMember.Read(body, PermissionSetMember, IdcJsonContext.Default.PermissionSetDto, out var rootIsNull);
                return rootIsNull ? throw ReplyIsJsonNull(operation) : dto;
            }
            catch (JsonException ex)
            {
                throw ReplyIsNotTheDocumentedJson(operation, ex);
            }
        }

        /// <summary>A change's success reply: when it cannot be read, the change was still made, and the error says so.</summary>
        private PermissionSetDto? PermissionSetOfChange(byte[] body, string operation, string applied)
        {
            try
            {
                return PermissionSetOf(body, operation);
            }
            catch (IdcTransportException ex)
            {
                throw new IdcTransportException(ex.Reason, ex.InnerException, AppliedWithoutReply(operation, applied));
            }
        }

        private static IdcTransportException ReplyIsJsonNull(string operation) =>
            new IdcTransportException("The reply to " + operation + " is JSON null, not the documented object.");

        private static IdcTransportException ReplyIsNotTheDocumentedJson(string operation, JsonException ex) =>
            new IdcTransportException("The reply to " + operation + " is not the JSON the API documents: " + ex.Message, ex);

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

        private static void ValidateListing(string instanceId, string? name)
        {
            RequestValidator.ValidateInstanceId("InstanceId", instanceId);
            if (name != null)
            {
                LifecycleValidator.ValidateName(name);
            }
        }

        private PagedListing<PermissionSet> PermissionSetPages(string instanceId, string? name, CallDeadline deadline) =>
            Listing(
                "ListPermissionSets",
                ApiPaths.PermissionSets(instanceId),
                IdcJsonContext.Default.PermissionSetPage,
                page => page.PageInfo,
                page => (page.PermissionSets ?? new List<PermissionSetDto>()).Select(dto =>
                {
                    var missing = MissingField(dto);
                    return missing == null
                        ? ToModel(dto, instanceId)
                        : throw new IdcTransportException("The reply to ListPermissionSets lists a permission set without the required field " + missing + ".");
                }),
                deadline,
                new KeyValuePair<string, string?>("name", name));

        private PagedListing<PermissionSetTag> TagPages(string permissionSetId, CallDeadline deadline) =>
            Listing(
                "ListTagsForResource",
                ApiPaths.PermissionSetTags(permissionSetId),
                IdcJsonContext.Default.TagPage,
                page => page.PageInfo,
                page => (page.Tags ?? new List<TagDto>()).Select(t => new PermissionSetTag(t.Key ?? string.Empty, t.Value ?? string.Empty)),
                deadline);

        /// <summary>The one walk over a paged GET: the largest page size, any filters, and the reply's items as models.</summary>
        private PagedListing<T> Listing<TPage, T>(
            string operation,
            string path,
            JsonTypeInfo<TPage> typeInfo,
            Func<TPage, PageInfoDto?> pageInfo,
            Func<TPage, IEnumerable<T>> items,
            CallDeadline deadline,
            params KeyValuePair<string, string?>[] filters)
            where TPage : class =>
            new PagedListing<T>(operation, deadline, async (marker, pageDeadline, token) =>
            {
                var query = new[]
                {
                    new KeyValuePair<string, string?>("limit", PageSize.ToString(CultureInfo.InvariantCulture)),
                    new KeyValuePair<string, string?>("marker", marker),
                }.Concat(filters);
                var context = await NewContextAsync(pageDeadline, token).ConfigureAwait(false);
                var reply = await SendAsync(HttpMethod.Get, ApiPaths.WithQuery(path, query), null, context, token).ConfigureAwait(false);
                var page = Deserialize(reply, typeInfo, operation);
                return ((IReadOnlyList<T>)items(page).ToList(), pageInfo(page));
            });

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
                var candidates = await PermissionSetPages(request.InstanceId, request.Name, deadline).ReadAllAsync(cancellationToken).ConfigureAwait(false);
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
                    tags = await TagPages(existing.PermissionSetId, deadline).ReadAllAsync(cancellationToken).ConfigureAwait(false);
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

        /// <summary>A ValueTask: with the domain id known, which is nearly every call, no task is made.</summary>
        private ValueTask<RequestContext> NewContextAsync(CallDeadline deadline, CancellationToken cancellationToken) =>
            credentials.Current.DomainId != null
                ? new ValueTask<RequestContext>(new RequestContext(credentials, null, sink, options.Retry, options.Clock, deadline))
                : new ValueTask<RequestContext>(NewContextWithDiscoveryAsync(deadline, cancellationToken));

        private async Task<RequestContext> NewContextWithDiscoveryAsync(CallDeadline deadline, CancellationToken cancellationToken)
        {
            // The look-up is shared by every caller waiting for it, so it gets its own time limit, not this call's.
            var domainId = await DomainIdDiscovery.GetAsync(credentials.DiscoveryKey, options.IamEndpoint, token => DiscoverDomainIdAsync(NewDeadline(), token), cancellationToken).ConfigureAwait(false);
            return new RequestContext(credentials, domainId, sink, options.Retry, options.Clock, deadline);
        }

        private async Task<string> DiscoverDomainIdAsync(CallDeadline deadline, CancellationToken cancellationToken)
        {
            sink.Report(new IdcEvent(IdcEventLevel.Verbose, "No domain id is configured; asking IAM at " + options.IamEndpoint.GetLeftPart(UriPartial.Authority) + " for the account's domain id."));
            var context = new RequestContext(credentials, null, sink, options.Retry, options.Clock, deadline) { SendDomainId = false };
            byte[] reply;
            try
            {
                reply = await SendAsync(options.IamEndpoint, HttpMethod.Get, ApiPaths.Domains, null, context, cancellationToken).ConfigureAwait(false);
            }
            catch (IdcServiceException ex)
            {
                throw DomainIdDiscovery.Failure(ex, credentials.Current.AccessKeyId, options.IamEndpoint);
            }

            var domains = Deserialize(reply, IdcJsonContext.Default.DomainList, "the IAM domain look-up");
            var id = domains.Domains?.FirstOrDefault(d => !string.IsNullOrEmpty(d.Id))?.Id;
            if (id == null)
            {
                throw new IdcConfigurationException("IAM returned no domain for access key " + credentials.Current.AccessKeyId + ", so the account's domain id is unknown.");
            }

            return id;
        }

        /// <summary>
        /// The request's address. The last one is kept and given again for the same endpoint and path, as every create
        /// of a pipeline has, so it is parsed once and its parts (path, host) are worked out once for the signature.
        /// </summary>
        private Uri TargetOf(Uri endpoint, string pathAndQuery)
        {
            var kept = lastTarget;
            if (kept != null && ReferenceEquals(kept.Endpoint, endpoint))
            {
                if (string.Equals(kept.PathAndQuery, pathAndQuery, StringComparison.Ordinal))
                {
                    return kept.Uri;
                }

                kept = new RequestTarget(endpoint, kept.Prefix, pathAndQuery);
            }
            else
            {
                kept = new RequestTarget(endpoint, endpoint.GetLeftPart(UriPartial.Authority) + endpoint.AbsolutePath.TrimEnd('/'), pathAndQuery);
            }

            lastTarget = kept;
            return kept.Uri;
        }

        private Task<byte[]> SendAsync(HttpMethod method, string pathAndQuery, byte[]? body, RequestContext context, CancellationToken cancellationToken) =>
            SendAsync(options.Endpoint, method, pathAndQuery, body, context, cancellationToken);

        /// <summary>The body of a success reply; any other reply reaches the caller as the pipeline's exception.</summary>
        private async Task<byte[]> SendAsync(Uri endpoint, HttpMethod method, string pathAndQuery, byte[]? body, RequestContext context, CancellationToken cancellationToken)
        {
            var uri = TargetOf(endpoint, pathAndQuery);
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

        private sealed class RequestTarget
        {
            public RequestTarget(Uri endpoint, string prefix, string pathAndQuery)
            {
                Endpoint = endpoint;
                Prefix = prefix;
                PathAndQuery = pathAndQuery;
                Uri = new Uri(prefix + pathAndQuery);
            }

            public Uri Endpoint { get; }

            /// <summary>The endpoint's scheme, authority and path without a closing slash.</summary>
            public string Prefix { get; }

            public string PathAndQuery { get; }

            public Uri Uri { get; }
        }
    }
}
