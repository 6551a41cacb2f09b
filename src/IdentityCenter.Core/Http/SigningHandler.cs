using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core.Signing;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core.Http
{
    /// <summary>Signs each attempt afresh: a new X-Sdk-Date every time, so a retry is never refused as expired.</summary>
    internal sealed class SigningHandler : DelegatingHandler
    {
        public const string DomainIdHeader = "X-Domain-Id";
        public const string SecurityTokenHeader = "X-Security-Token";
        public const string JsonContentType = "application/json";

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var context = RequestContext.From(request);
            var credentials = context.Credentials;

            // The resolver refuses these naming the exact variable or key; credentials built in code, and a domain id
            // IAM returned, meet the same rule here, before any header is written without validation.
            var origin = "the credentials from " + credentials.Source;
            RequestValidator.ValidateHeaderValue("the access key id", credentials.AccessKeyId, origin, isSecret: false);
            RequestValidator.ValidateHeaderValue("the security token", credentials.SecurityToken, origin, isSecret: true);
            RequestValidator.ValidateHeaderValue("the domain id", credentials.DomainId, origin, isSecret: false);

            // Content-Type is signed when a body is sent; a GET carries neither. The body is hashed where it lies.
            var bodySha256 = request.Content == null ? null : await ContentDigest.Sha256Async(request.Content).ConfigureAwait(false);

            var headers = request.Headers;
            headers.Remove("Authorization");
            headers.Remove(SdkHmacSigner.DateHeader);
            headers.Remove(DomainIdHeader);
            headers.Remove(SecurityTokenHeader);

            var host = SdkHmacSigner.HostHeaderValue(request.RequestUri!);
            var sdkDate = SdkHmacSigner.FormatDate(context.Clock());
            var sendDomainId = context.SendDomainId && credentials.DomainId != null;
            var signed = new KeyValuePair<string, string>[2 + (sendDomainId ? 1 : 0) + (credentials.SecurityToken != null ? 1 : 0) + (bodySha256 != null ? 1 : 0)];
            var count = 0;
            signed[count++] = new KeyValuePair<string, string>("host", host);
            signed[count++] = new KeyValuePair<string, string>("x-sdk-date", sdkDate);
            headers.Host = host;
            headers.TryAddWithoutValidation(SdkHmacSigner.DateHeader, sdkDate);
            if (sendDomainId)
            {
                signed[count++] = new KeyValuePair<string, string>("x-domain-id", credentials.DomainId!);
                headers.TryAddWithoutValidation(DomainIdHeader, credentials.DomainId);
            }

            if (credentials.SecurityToken != null)
            {
                signed[count++] = new KeyValuePair<string, string>("x-security-token", credentials.SecurityToken);
                headers.TryAddWithoutValidation(SecurityTokenHeader, credentials.SecurityToken);
            }

            string authorization;
            if (bodySha256 != null)
            {
                signed[count] = new KeyValuePair<string, string>("content-type", JsonContentType);
                authorization = SdkHmacSigner.AuthorizeHashedBody(request.Method.Method, request.RequestUri!, signed, bodySha256, credentials.AccessKeyId, credentials.SecretKeyBytes);
            }
            else
            {
                authorization = SdkHmacSigner.Authorize(request.Method.Method, request.RequestUri!, signed, null, credentials.AccessKeyId, credentials.SecretKeyBytes);
            }

            headers.TryAddWithoutValidation("Authorization", authorization);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
