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
    public sealed partial class IdentityCenterClient
    {
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
            var context = await NewContextAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var reply = await SendAsync(HttpMethod.Post, ApiPaths.PermissionSets(request.InstanceId), body, context, cancellationToken).ConfigureAwait(false);
                var envelope = Deserialize(reply, IdcJsonContext.Default.PermissionSetEnvelope, "CreatePermissionSet");
                if (envelope.PermissionSet == null)
                {
                    throw new IdcTransportException("The reply to CreatePermissionSet has no permission_set object.");
                }

                return ToModel(envelope.PermissionSet, request.InstanceId);
            }
            catch (IdcServiceException conflict) when (context.OutcomeUnknown && IsDuplicateName(conflict))
            {
                // An earlier attempt may have created the set before its reply was lost. It is ours only if it
                // matches every field asked for; anything else is a genuine conflict.
                var existing = await FindPermissionSetByNameAsync(request.InstanceId, request.Name, cancellationToken).ConfigureAwait(false);
                if (existing != null && CreateMatch.Matches(existing, request))
                {
                    sink.Report(new IdcEvent(
                        IdcEventLevel.Verbose,
                        "Permission set '" + request.Name + "' was created by an earlier attempt whose reply was lost; returning " + existing.PermissionSetId + "."));
                    return existing;
                }

                throw;
            }
        }

        public async Task<CustomPolicyAssignment> PutCustomPolicyAsync(PutCustomPolicyRequest request, CancellationToken cancellationToken = default)
        {
            RequestValidator.Validate(request);
            var body = JsonSerializer.SerializeToUtf8Bytes(new CustomPolicyBody { CustomPolicy = request.Policy }, IdcJsonContext.Default.CustomPolicyBody);
            var context = await NewContextAsync(cancellationToken).ConfigureAwait(false);
            await SendAsync(HttpMethod.Put, ApiPaths.CustomPolicy(request.InstanceId, request.PermissionSetId), body, context, cancellationToken).ConfigureAwait(false);
            return new CustomPolicyAssignment(request.InstanceId, request.PermissionSetId, request.Policy);
        }

        /// <summary>All permission sets of an instance, following every page; with a name, only that one.</summary>
        public async Task<IReadOnlyList<PermissionSet>> ListPermissionSetsAsync(string instanceId, string? name = null, CancellationToken cancellationToken = default)
        {
            var results = new List<PermissionSet>();
            string? marker = null;
            do
            {
                var page = await ListPermissionSetsPageAsync(instanceId, name, marker, cancellationToken).ConfigureAwait(false);
                results.AddRange(page.Items);
                marker = page.NextMarker;
            }
            while (marker != null);
            return results;
        }

        public async Task<IReadOnlyList<IdentityCenterInstance>> ListInstancesAsync(CancellationToken cancellationToken = default)
        {
            var results = new List<IdentityCenterInstance>();
            string? marker = null;
            do
            {
                var query = new[] { new KeyValuePair<string, string?>("limit", "100"), new KeyValuePair<string, string?>("marker", marker) };
                var context = await NewContextAsync(cancellationToken).ConfigureAwait(false);
                var reply = await SendAsync(HttpMethod.Get, ApiPaths.WithQuery(ApiPaths.Instances, query), null, context, cancellationToken).ConfigureAwait(false);
                var page = Deserialize(reply, IdcJsonContext.Default.InstancePage, "ListInstances");
                results.AddRange((page.Instances ?? new List<InstanceDto>()).Select(dto => new IdentityCenterInstance
                {
                    InstanceId = dto.InstanceId ?? string.Empty,
                    IdentityStoreId = dto.IdentityStoreId,
                    Alias = dto.Alias,
                    InstanceUrn = dto.InstanceUrn,
                }));
                marker = NextMarker(page.PageInfo, marker);
            }
            while (marker != null);
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

        private static bool IsDuplicateName(IdcServiceException ex) =>
            ex.StatusCode == 409 && (ex.ErrorCode == "IdentityCenter.1206" || ex.ErrorCode == "IdentityCenter.1204" || ex.ErrorCode == "IIC.1206" || ex.ErrorCode == "IIC.1204");

        private static string? NextMarker(PageInfoDto? pageInfo, string? previous)
        {
            var next = pageInfo?.NextMarker;
            if (string.IsNullOrEmpty(next))
            {
                return null;
            }

            if (next == previous)
            {
                throw new IdcTransportException("The service returned the same page marker twice; paging stopped to avoid a loop.");
            }

            return next;
        }

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

        private async Task<RequestContext> NewContextAsync(CancellationToken cancellationToken)
        {
            var effective = credentials;
            if (effective.DomainId == null)
            {
                var domainId = await DomainIdDiscovery.GetAsync(credentials.AccessKeyId, options.IamEndpoint, () => DiscoverDomainIdAsync(cancellationToken)).ConfigureAwait(false);
                effective = credentials.WithDomainId(domainId);
            }

            return new RequestContext(effective, sink, options.Retry, options.Clock);
        }

        private async Task<string> DiscoverDomainIdAsync(CancellationToken cancellationToken)
        {
            sink.Report(new IdcEvent(IdcEventLevel.Verbose, "No domain id is configured; asking IAM at " + options.IamEndpoint.GetLeftPart(UriPartial.Authority) + " for the account's domain id."));
            var context = new RequestContext(credentials, sink, options.Retry, options.Clock) { SendDomainId = false };
            byte[] reply;
            try
            {
                reply = await SendAsync(options.IamEndpoint, HttpMethod.Get, ApiPaths.Domains, null, context, cancellationToken).ConfigureAwait(false);
            }
            catch (IdcServiceException ex)
            {
                throw new IdcConfigurationException(
                    "The account's domain id could not be looked up at IAM (" + ex.Message + "). Pass -DomainId or set " + EnvironmentVariables.DomainId + ".", ex);
            }

            var domains = Deserialize(reply, IdcJsonContext.Default.DomainList, "the IAM domain look-up");
            var id = domains.Domains?.FirstOrDefault(d => !string.IsNullOrEmpty(d.Id))?.Id;
            if (id == null)
            {
                throw new IdcConfigurationException(
                    "IAM returned no domain for access key " + credentials.AccessKeyId + ". Pass -DomainId or set " + EnvironmentVariables.DomainId + ".");
            }

            return id;
        }

        private Task<byte[]> SendAsync(HttpMethod method, string pathAndQuery, byte[]? body, RequestContext context, CancellationToken cancellationToken) =>
            SendAsync(options.Endpoint, method, pathAndQuery, body, context, cancellationToken);

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
            HttpResponseMessage response;
            try
            {
                response = await IdcHttpPipeline.Shared.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (HttpRequestException ex)
            {
                throw new IdcTransportException("The request to " + uri.GetLeftPart(UriPartial.Authority) + " failed: " + ex.Message, ex);
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                var bytes = BufferedReplyContent.Of(response);
                var requestId = response.Headers.TryGetValues("X-Request-Id", out var ids) ? ids.FirstOrDefault() : null;
                if (status >= 300 && status < 400)
                {
                    var location = response.Headers.Location?.ToString() ?? "(no Location header)";
                    throw new IdcServiceException(status, "Redirect", "The service answered with a redirect to " + location + "; redirects are not followed because they would carry signed credentials elsewhere. Check the endpoint.", requestId, null);
                }

                if (status < 200 || status >= 300)
                {
                    throw ServiceErrorParser.Parse(status, bytes, requestId);
                }

                return bytes;
            }
        }
    }
}
