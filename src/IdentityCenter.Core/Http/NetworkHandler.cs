using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace IdentityCenter.Core.Http
{
    /// <summary>
    /// The pipeline's last handler, the one that opens connections: it never follows a redirect or keeps cookies,
    /// sends only https to other machines through the system's proxy (see <see cref="LoopbackDirectProxy"/>), and
    /// keeps a proxy's user name and password out of the errors it raises.
    /// </summary>
    internal sealed class NetworkHandler : HttpClientHandler
    {
        public NetworkHandler(IWebProxy proxy)
        {
            AllowAutoRedirect = false;
            UseCookies = false;
            UseProxy = true;
            Proxy = proxy;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            try
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex) when (CarriesUserInfo(ex))
            {
                // The runtime names the proxy, user information included, in messages such as a refused tunnel's.
                throw Redacted(ex);
            }
        }

        private static bool CarriesUserInfo(Exception? exception)
        {
            for (var e = exception; e != null; e = e.InnerException)
            {
                if (EndpointPolicy.Redact(e.Message) != e.Message)
                {
                    return true;
                }
            }

            return false;
        }

        private static Exception Redacted(Exception exception)
        {
            // Inner exceptions with clean messages are kept as they are, so retry decisions still see their types.
            var inner = exception.InnerException == null ? null : CarriesUserInfo(exception.InnerException) ? Redacted(exception.InnerException) : exception.InnerException;
            return new HttpRequestException(EndpointPolicy.Redact(exception.Message), inner);
        }
    }

    /// <summary>
    /// The system's proxy (HTTPS_PROXY and HTTP_PROXY, or the Windows settings), except that a loopback address and
    /// plain http always go direct: an emulator on this machine is never reached through another one, and a signed
    /// request in clear text never leaves the machine. A proxy for https elsewhere is honoured.
    /// </summary>
    internal sealed class LoopbackDirectProxy : IWebProxy
    {
        private readonly Func<IWebProxy?> system;

        /// <param name="system">The proxy the runtime would use; asked on every request, so a change in the session is seen.</param>
        public LoopbackDirectProxy(Func<IWebProxy?> system)
        {
            this.system = system ?? throw new ArgumentNullException(nameof(system));
        }

        /// <summary>The system's proxy as the runtime reads it: the environment variables on Unix, the settings on Windows.</summary>
        public static LoopbackDirectProxy FromSystem { get; } = new LoopbackDirectProxy(() => WebRequest.DefaultWebProxy);

        public ICredentials? Credentials
        {
            get => system()?.Credentials;
            set
            {
                var inner = system();
                if (inner != null)
                {
                    inner.Credentials = value;
                }
            }
        }

        public Uri? GetProxy(Uri destination) => IsBypassed(destination) ? null : system()?.GetProxy(destination);

        public bool IsBypassed(Uri host)
        {
            if (host.Scheme == Uri.UriSchemeHttp || EndpointPolicy.IsLoopback(host))
            {
                return true;
            }

            var inner = system();
            if (inner == null || inner.IsBypassed(host))
            {
                return true;
            }

            // A proxy that answers with the destination itself means "go direct".
            var proxy = inner.GetProxy(host);
            return proxy == null || proxy == host;
        }

        /// <summary>How a request to the endpoint travels, for the verbose stream; a proxy's user information is hidden.</summary>
        public string Describe(Uri endpoint) =>
            IsBypassed(endpoint) ? "directly" : "through the proxy " + EndpointPolicy.Redact(system()?.GetProxy(endpoint)?.ToString());
    }
}
