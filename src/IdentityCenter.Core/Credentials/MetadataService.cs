using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Http;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core.Credentials
{
    /// <summary>
    /// The ECS/BMS metadata service of a Huawei Cloud server (identitycenter-api.md §7.3): an optional session token,
    /// then the temporary keys of the server's agency. Its replies are never quoted, since the good one holds the
    /// secret key; errors say the status and what was missing instead.
    /// </summary>
    internal sealed class MetadataService
    {
        public const string DefaultUrl = "http://169.254.169.254";

        /// <summary>What the service answers on a server without an agency; a reply with it is not worth a second token.</summary>
        public const string AgencyMissingText = "Please configure Cloud Service Agency first";

        public const string TokenPath = "/meta-data/latest/api/token";
        public const string SecurityKeyPath = "/openstack/latest/securitykey";
        public const string TokenTtlHeader = "X-Metadata-Token-Ttl-Seconds";
        public const string TokenHeader = "X-Metadata-Token";

        /// <summary>The SDKs' time limit for a metadata request.</summary>
        public static readonly TimeSpan RequestLimit = TimeSpan.FromSeconds(3);

        /// <summary>
        /// The connect limit of the first contact: off a cloud server nothing is at the address, and the chain should say
        /// so quickly; a service that accepts the connection then has the usual limit to answer.
        /// </summary>
        public static readonly TimeSpan FirstContactLimit = TimeSpan.FromSeconds(1);

        private const string TokenTtlSeconds = "21600";
        private const int MaxReplyBytes = 64 * 1024;
        private const int MaxSessionTokenLength = 1024;

        private static readonly string[] ExpiryFormats = { "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'" };

        private readonly Func<HttpClient> client;

        public MetadataService(Uri baseUrl, Func<HttpClient> client)
        {
            BaseUrl = baseUrl;
            this.client = client;
        }

        public Uri BaseUrl { get; }

        /// <summary>Where keys from this service come from, as errors and Get-IdcContext name it.</summary>
        public string Origin => "the ECS metadata service at " + BaseUrl.GetLeftPart(UriPartial.Authority);

        /// <summary>
        /// The service's address. Plain http is allowed only to a loopback or link-local address (169.254.0.0/16,
        /// fe80::/10): the metadata service is never elsewhere, and what answers there hands out keys.
        /// </summary>
        /// <exception cref="IdcConfigurationException">The text is not such a URL.</exception>
        public static Uri ParseUrl(string text, string origin)
        {
            var shown = EndpointPolicy.Redact(text);
            if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new IdcConfigurationException("The metadata service address '" + shown + "' from " + origin + " is not an absolute http or https URL.");
            }

            if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            {
                throw new IdcConfigurationException("The metadata service address '" + shown + "' from " + origin + " may not carry user information, a query or a fragment.");
            }

            if (uri.Scheme == Uri.UriSchemeHttp && !EndpointPolicy.IsLoopback(uri) && !IsLinkLocal(uri))
            {
                throw new IdcConfigurationException(
                    "The metadata service address '" + shown + "' from " + origin + " uses plain http to a host that is neither loopback nor link-local " +
                    "(169.254.0.0/16, fe80::/10); temporary keys are taken over plain http only from this server's own metadata service. Use https.");
            }

            return uri;
        }

        /// <exception cref="MetadataServiceException">No service answered, it answered without keys, or the server has no agency.</exception>
        public async Task<MetadataCredential> FetchAsync(bool firstContact, CancellationToken cancellationToken)
        {
            if (firstContact)
            {
                await ConnectWithinAsync(FirstContactLimit).ConfigureAwait(false);
            }

            var token = await SessionTokenAsync(RequestLimit, cancellationToken).ConfigureAwait(false);
            var reply = await SecurityKeyAsync(token, cancellationToken).ConfigureAwait(false);
            if (reply.Status == 401 && token != null && !reply.SaysAgencyMissing)
            {
                // The session token may have expired on the service's side: one new token, one more try.
                token = await SessionTokenAsync(RequestLimit, cancellationToken).ConfigureAwait(false);
                reply = await SecurityKeyAsync(token, cancellationToken).ConfigureAwait(false);
            }

            if (reply.Status == 401 && reply.SaysAgencyMissing)
            {
                throw new MetadataServiceException(
                    Origin + " answered that this server has no agency (\"" + AgencyMissingText + "\"): give the server an agency with Identity Center permissions, or use access keys.",
                    answered: true);
            }

            if (reply.Status != 200)
            {
                throw new MetadataServiceException(Origin + " answered the credential request with HTTP " + reply.Status + " instead of temporary keys.", answered: true);
            }

            return Parse(reply.Body);
        }

        /// <summary>
        /// netstandard2.0's handler has no connect limit of its own, so the first contact opens a connection itself: the
        /// handler would connect the same way, since the service is never reached through a proxy.
        /// </summary>
        private async Task ConnectWithinAsync(TimeSpan limit)
        {
            using var connection = BaseUrl.HostNameType == UriHostNameType.IPv6 ? new TcpClient(AddressFamily.InterNetworkV6) : new TcpClient();
            var connect = connection.ConnectAsync(BaseUrl.IdnHost.Trim('[', ']'), BaseUrl.Port);
            if (await Task.WhenAny(connect, Task.Delay(limit)).ConfigureAwait(false) != connect)
            {
                _ = connect.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                throw new MetadataServiceException(Origin + " accepted no connection within " + Seconds(limit) + " (this is not a Huawei Cloud server, or it cannot reach the service).", answered: false);
            }

            try
            {
                await connect.ConfigureAwait(false);
            }
            catch (SocketException ex)
            {
                throw new MetadataServiceException(Origin + " could not be reached: " + ex.Message + ".", answered: false, ex);
            }
        }

        private static string Seconds(TimeSpan limit) => limit.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s";

        private static bool IsLinkLocal(Uri uri)
        {
            if (!IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address))
            {
                return false;
            }

            if (address.AddressFamily == AddressFamily.InterNetworkV6)
            {
                return address.IsIPv6LinkLocal;
            }

            var bytes = address.GetAddressBytes();
            return bytes[0] == 169 && bytes[1] == 254;
        }

        private static string? Field(JsonElement credential, string name)
        {
            if (!credential.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var text = value.GetString();
            return string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
        }

        /// <returns>The session token, or null when the service offers none (404, 405, 503), as older servers do.</returns>
        private async Task<string?> SessionTokenAsync(TimeSpan limit, CancellationToken cancellationToken)
        {
            var reply = await SendAsync(HttpMethod.Put, TokenPath, TokenTtlHeader, TokenTtlSeconds, limit, cancellationToken).ConfigureAwait(false);
            if (reply.Status == 404 || reply.Status == 405 || reply.Status == 503)
            {
                return null;
            }

            if (reply.Status != 200)
            {
                throw new MetadataServiceException(Origin + " answered the session-token request with HTTP " + reply.Status + ", which no ECS metadata service does.", answered: true);
            }

            var token = Encoding.UTF8.GetString(reply.Body).Trim();
            if (token.Length == 0 || token.Length > MaxSessionTokenLength || token.IndexOfAny(new[] { '\r', '\n', '\0' }) >= 0)
            {
                throw new MetadataServiceException(Origin + " answered the session-token request with something that is not a session token.", answered: true);
            }

            return token;
        }

        private Task<Reply> SecurityKeyAsync(string? token, CancellationToken cancellationToken) =>
            SendAsync(HttpMethod.Get, SecurityKeyPath, token == null ? null : TokenHeader, token, RequestLimit, cancellationToken);

        private async Task<Reply> SendAsync(HttpMethod method, string path, string? header, string? value, TimeSpan limit, CancellationToken cancellationToken)
        {
            var uri = new Uri(BaseUrl.GetLeftPart(UriPartial.Authority) + BaseUrl.AbsolutePath.TrimEnd('/') + path);
            using var request = new HttpRequestMessage(method, uri);
            if (header != null)
            {
                request.Headers.TryAddWithoutValidation(header, value);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(limit);
            try
            {
                using var response = await client().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                await BoundedContent.BufferAsync(response, MaxReplyBytes, timeout.Token).ConfigureAwait(false);
                return new Reply((int)response.StatusCode, BufferedReplyContent.Of(response));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new MetadataServiceException(Origin + " did not answer within " + Seconds(limit) + ".", answered: false);
            }
            catch (HttpRequestException ex)
            {
                throw new MetadataServiceException(Origin + " could not be reached: " + TransportFailure.Cause(ex) + ".", answered: false, ex);
            }
            catch (IdcTransportException ex)
            {
                throw new MetadataServiceException(Origin + " answered with a reply too large for temporary keys: " + ex.Message, answered: true);
            }
        }

        private MetadataCredential Parse(byte[] body)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(body);
            }
            catch (JsonException)
            {
                // The parser's message may quote the text, which may hold the secret.
                throw new MetadataServiceException(Origin + " answered the credential request with text that is not JSON.", answered: true);
            }

            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object
                    || !document.RootElement.TryGetProperty("credential", out var credential)
                    || credential.ValueKind != JsonValueKind.Object)
                {
                    throw new MetadataServiceException(Origin + " answered the credential request without a credential object.", answered: true);
                }

                var access = Field(credential, "access");
                var secret = Field(credential, "secret");
                var securityToken = Field(credential, "securitytoken");
                var expiresAt = Field(credential, "expires_at");
                var missing = access == null ? "access" : secret == null ? "secret" : securityToken == null ? "securitytoken" : expiresAt == null ? "expires_at" : null;
                if (missing != null)
                {
                    throw new MetadataServiceException(Origin + " answered with a credential that lacks the field " + missing + ".", answered: true);
                }

                if (!DateTimeOffset.TryParseExact(expiresAt, ExpiryFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var expires))
                {
                    throw new MetadataServiceException(
                        Origin + " answered with expires_at '" + expiresAt + "', which is not the documented YYYY-MM-DDTHH:MM:SS(.ffffff)Z.",
                        answered: true);
                }

                // A hostile or broken service must not be able to put header lines into every signed request.
                RequestValidator.ValidateHeaderValue("the access key id", access, Origin, isSecret: false);
                RequestValidator.ValidateHeaderValue("the security token", securityToken, Origin, isSecret: true);
                RequestValidator.ValidateSecurityToken(securityToken);
                var credentials = new IdcCredentials(access!, secret!, securityToken, null, Origin, SettingSource.InstanceMetadata);
                return new MetadataCredential(credentials, expires);
            }
        }

        private readonly struct Reply
        {
            public Reply(int status, byte[] body)
            {
                Status = status;
                Body = body;
            }

            public int Status { get; }

            public byte[] Body { get; }

            public bool SaysAgencyMissing => Encoding.UTF8.GetString(Body).IndexOf(AgencyMissingText, StringComparison.OrdinalIgnoreCase) >= 0;
        }
    }

    /// <summary>Temporary keys of the server's agency and when they expire.</summary>
    internal sealed class MetadataCredential
    {
        public MetadataCredential(IdcCredentials credentials, DateTimeOffset expiresAt)
        {
            Credentials = credentials;
            ExpiresAt = expiresAt;
        }

        public IdcCredentials Credentials { get; }

        public DateTimeOffset ExpiresAt { get; }
    }

    /// <summary>The metadata service gave no keys; the message says why and never quotes its reply.</summary>
    internal sealed class MetadataServiceException : Exception
    {
        public MetadataServiceException(string message, bool answered, Exception? inner = null)
            : base(message, inner)
        {
            Answered = answered;
        }

        /// <summary>False when nothing answered at the address: then no metadata service is there, for the rest of the process.</summary>
        public bool Answered { get; }
    }
}
