using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Signing;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core.Http
{
    /// <summary>
    /// Signs each attempt afresh: a new X-Sdk-Date every time, so a retry is never refused as expired, and the keys the
    /// credentials provider holds now, so temporary keys renewed during a long pipeline sign its later requests.
    /// </summary>
    internal sealed class SigningHandler : DelegatingHandler
    {
        public const string JsonContentType = "application/json";

        // The client gives every request of a pipeline the same Uri object, so its host header is worked out once.
        private static HostHeader? lastHost;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var context = RequestContext.From(request);

            // Content-Type is signed when a body is sent; a GET carries neither. The body is hashed where it lies.
            var bodySha256 = request.Content == null ? null : await ContentDigest.Sha256Async(request.Content).ConfigureAwait(false);
            var renewed = false;
            while (true)
            {
                var keys = await context.Credentials.GetAsync(context.Sink, cancellationToken).ConfigureAwait(false);
                Sign(request, context, context.ForSigning(keys), bodySha256);
                var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (renewed || !context.Credentials.Renews || !RefusedAsExpired(response, context))
                {
                    return response;
                }

                // Temporary keys refused as expired (revoked early, or a clock that disagrees): renewed keys get one
                // more try, signed afresh; one renewal serves every request refused with the same keys.
                renewed = true;
                if (!await context.Credentials.RenewAsync(keys, context.Sink, cancellationToken).ConfigureAwait(false))
                {
                    return response;
                }

                context.Sink.Report(new IdcEvent(IdcEventLevel.Verbose, request.Method.Method + " " + request.RequestUri!.AbsolutePath + " was refused with expired temporary keys; sending it again with renewed ones."));
                response.Dispose();
            }
        }

        private static string HostOf(Uri uri)
        {
            var kept = lastHost;
            if (kept == null || !ReferenceEquals(kept.Uri, uri))
            {
                kept = new HostHeader(uri, SdkHmacSigner.HostHeaderValue(uri));
                lastHost = kept;
            }

            return kept.Value;
        }

        private static bool RefusedAsExpired(HttpResponseMessage response, RequestContext context)
        {
            if ((int)response.StatusCode != 401)
            {
                return false;
            }

            var failure = ReplyClassifier.Failure(response, context.Secrets);
            return failure != null && ServiceErrorCodes.SaysCredentialsExpired(failure.StatusCode, failure.ErrorCode, failure.ErrorMessage);
        }

        private static void Sign(HttpRequestMessage request, RequestContext context, IdcCredentials credentials, byte[]? bodySha256)
        {
            // The resolver refuses these naming the exact variable or key; credentials built in code, and a domain id
            // IAM returned, meet the same rule here, before any header is written without validation.
            if (!RequestValidator.IsHeaderValue(credentials.AccessKeyId) || !RequestValidator.IsHeaderValue(credentials.SecurityToken) ||
                !RequestValidator.IsHeaderValue(credentials.DomainId))
            {
                var origin = "the credentials from " + credentials.Source;
                RequestValidator.ValidateHeaderValue("the access key id", credentials.AccessKeyId, origin, isSecret: false);
                RequestValidator.ValidateHeaderValue("the security token", credentials.SecurityToken, origin, isSecret: true);
                RequestValidator.ValidateHeaderValue("the domain id", credentials.DomainId, origin, isSecret: false);
            }

            var headers = request.Headers;
            headers.Remove(HeaderNames.Authorization);
            headers.Remove(HeaderNames.SdkDate);
            headers.Remove(HeaderNames.DomainId);
            headers.Remove(HeaderNames.SecurityToken);

            var host = HostOf(request.RequestUri!);
            var sdkDate = SdkHmacSigner.FormatDate(context.Clock());
            var sendDomainId = context.SendDomainId && credentials.DomainId != null;
            var signed = new KeyValuePair<string, string>[2 + (sendDomainId ? 1 : 0) + (credentials.SecurityToken != null ? 1 : 0) + (bodySha256 != null ? 1 : 0)];
            var count = 0;
            signed[count++] = new KeyValuePair<string, string>(HeaderNames.HostLower, host);
            signed[count++] = new KeyValuePair<string, string>(HeaderNames.SdkDateLower, sdkDate);
            headers.Host = host;
            headers.TryAddWithoutValidation(HeaderNames.SdkDate, sdkDate);
            if (sendDomainId)
            {
                signed[count++] = new KeyValuePair<string, string>(HeaderNames.DomainIdLower, credentials.DomainId!);
                headers.TryAddWithoutValidation(HeaderNames.DomainId, credentials.DomainId);
            }

            if (credentials.SecurityToken != null)
            {
                signed[count++] = new KeyValuePair<string, string>(HeaderNames.SecurityTokenLower, credentials.SecurityToken);
                headers.TryAddWithoutValidation(HeaderNames.SecurityToken, credentials.SecurityToken);
            }

            string authorization;
            if (bodySha256 != null)
            {
                signed[count] = new KeyValuePair<string, string>(HeaderNames.ContentTypeLower, JsonContentType);
                authorization = SdkHmacSigner.AuthorizeHashedBody(request.Method.Method, request.RequestUri!, signed, bodySha256, credentials.AccessKeyId, credentials.SecretKeyBytes);
            }
            else
            {
                authorization = SdkHmacSigner.Authorize(request.Method.Method, request.RequestUri!, signed, null, credentials.AccessKeyId, credentials.SecretKeyBytes);
            }

            // A proxy or a wrong endpoint may echo the request into its reply; the signature is masked there too.
            context.Secrets.Add(authorization);
            headers.TryAddWithoutValidation(HeaderNames.Authorization, authorization);
        }

        private sealed class HostHeader
        {
            public HostHeader(Uri uri, string value)
            {
                Uri = uri;
                Value = value;
            }

            public Uri Uri { get; }

            public string Value { get; }
        }
    }
}
