using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;

namespace IdentityCenter.Core.Http
{
    /// <summary>
    /// The one HTTP pipeline of the process (retry, signing, telemetry over a handler that never follows redirects and
    /// never proxies loopback or plain http),
    /// built through IHttpClientFactory on first use, so importing the module costs nothing and a runbook's
    /// thousand calls share connections. Credentials and endpoints travel per request, so one pipeline serves all.
    /// </summary>
    internal sealed class IdcHttpPipeline
    {
        public const string ClientName = "IdentityCenter";

        /// <summary>The ECS metadata service's client: unsigned, never through a proxy, time limits set per request.</summary>
        public const string MetadataClientName = "IdentityCenter.Metadata";

        // The factory rotates handlers on this period; the client is renewed with it so DNS changes are seen.
        private static readonly TimeSpan ClientLifetime = TimeSpan.FromMinutes(2);
        private static readonly Lazy<IdcHttpPipeline> SharedPipeline = new Lazy<IdcHttpPipeline>(() => new IdcHttpPipeline(), LazyThreadSafetyMode.ExecutionAndPublication);
        private static int buildCount;

        private readonly IHttpClientFactory factory;
        private readonly IHttpMessageHandlerFactory handlers;
        private ClientLease lease;

        private IdcHttpPipeline()
        {
            Interlocked.Increment(ref buildCount);
            var services = new ServiceCollection();
            services.AddHttpClient(ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
                .ConfigurePrimaryHttpMessageHandler(() => new NetworkHandler(LoopbackDirectProxy.FromSystem))
                .AddHttpMessageHandler(() => new RetryHandler())
                .AddHttpMessageHandler(() => new SigningHandler())
                .AddHttpMessageHandler(() => new TelemetryHandler())
                .SetHandlerLifetime(ClientLifetime);

            // The one plain-http address to another machine the module calls; it carries no credentials, it hands them out.
            services.AddHttpClient(MetadataClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
                .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false, UseProxy = false })
                .SetHandlerLifetime(ClientLifetime);
            // The factory's own logging handlers would wrap every request twice more (two async steps, a log scope) to
            // write to loggers nobody registers; TelemetryHandler reports what the module tells of a request.
            services.RemoveAll<IHttpMessageHandlerBuilderFilter>();
            var provider = services.BuildServiceProvider();
            factory = provider.GetRequiredService<IHttpClientFactory>();
            handlers = provider.GetRequiredService<IHttpMessageHandlerFactory>();
            lease = new ClientLease(factory.CreateClient(ClientName));
        }

        public static IdcHttpPipeline Shared => SharedPipeline.Value;

        /// <summary>How many pipelines this process has built: 0 until the first call, then 1.</summary>
        public static int BuildCount => Volatile.Read(ref buildCount);

        public static bool IsBuilt => SharedPipeline.IsValueCreated;

        /// <summary>A client for the metadata service; the factory pools its handler, so asking for one per fetch is cheap.</summary>
        public HttpClient MetadataClient => factory.CreateClient(MetadataClientName);

        /// <summary>The handler types a request of the main client passes through, outermost first.</summary>
        internal IReadOnlyList<Type> HandlerChain()
        {
            var chain = new List<Type>();
            for (HttpMessageHandler? handler = handlers.CreateHandler(ClientName); handler != null; handler = (handler as DelegatingHandler)?.InnerHandler)
            {
                chain.Add(handler.GetType());
            }

            return chain;
        }

        /// <remarks>
        /// Read without a lock on every request. Two callers that find the lease expired at once may each create a
        /// client; one lease is kept, and the other client, which owns no handler, is simply dropped.
        /// </remarks>
        public HttpClient Client
        {
            get
            {
                var current = Volatile.Read(ref lease);
                if (!current.HasExpired)
                {
                    return current.Client;
                }

                Interlocked.CompareExchange(ref lease, new ClientLease(factory.CreateClient(ClientName)), current);
                return Volatile.Read(ref lease).Client;
            }
        }

        /// <summary>A client and when it is due for renewal, on the monotonic clock, so a change of wall-clock time has no effect.</summary>
        private sealed class ClientLease
        {
            private readonly long renewAt;

            public ClientLease(HttpClient client)
            {
                Client = client;
                renewAt = Stopwatch.GetTimestamp() + (long)(ClientLifetime.TotalSeconds * Stopwatch.Frequency);
            }

            public HttpClient Client { get; }

            public bool HasExpired => Stopwatch.GetTimestamp() > renewAt;
        }
    }
}
