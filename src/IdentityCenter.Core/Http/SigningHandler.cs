using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core.Signing;

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
            var headers = request.Headers;
            headers.Remove("Authorization");
            headers.Remove(SdkHmacSigner.DateHeader);
            headers.Remove(DomainIdHeader);
            headers.Remove(SecurityTokenHeader);

            var host = SdkHmacSigner.HostHeaderValue(request.RequestUri!);
            var sdkDate = SdkHmacSigner.FormatDate(context.Clock());
            var signed = new List<KeyValuePair<string, string>>(5)
            {
                new KeyValuePair<string, string>("host", host),
                new KeyValuePair<string, string>("x-sdk-date", sdkDate),
            };
            headers.Host = host;
            headers.TryAddWithoutValidation(SdkHmacSigner.DateHeader, sdkDate);
            if (context.SendDomainId && credentials.DomainId != null)
            {
                signed.Add(new KeyValuePair<string, string>("x-domain-id", credentials.DomainId));
                headers.TryAddWithoutValidation(DomainIdHeader, credentials.DomainId);
            }

            if (credentials.SecurityToken != null)
            {
                signed.Add(new KeyValuePair<string, string>("x-security-token", credentials.SecurityToken));
                headers.TryAddWithoutValidation(SecurityTokenHeader, credentials.SecurityToken);
            }

            // Content-Type is signed when a body is sent; a GET carries neither.
            byte[]? body = null;
            if (request.Content != null)
            {
                signed.Add(new KeyValuePair<string, string>("content-type", JsonContentType));
                body = await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            }

            var signature = SdkHmacSigner.Sign(request.Method.Method, request.RequestUri!, signed, body, credentials.AccessKeyId, credentials.SecretKeyBytes);
            headers.TryAddWithoutValidation("Authorization", signature.Authorization);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
