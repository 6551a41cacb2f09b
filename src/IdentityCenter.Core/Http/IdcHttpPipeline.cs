using System;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;

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

        // The factory rotates handlers on this period; the client is renewed with it so DNS changes are seen.
        private static readonly TimeSpan ClientLifetime = TimeSpan.FromMinutes(2);
        private static readonly Lazy<IdcHttpPipeline> SharedPipeline = new Lazy<IdcHttpPipeline>(() => new IdcHttpPipeline(), LazyThreadSafetyMode.ExecutionAndPublication);
        private static int buildCount;

        private readonly IHttpClientFactory factory;
        private readonly object gate = new object();
        private HttpClient client;
        private DateTime clientCreatedUtc;

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
            factory = services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
            client = factory.CreateClient(ClientName);
            clientCreatedUtc = DateTime.UtcNow;
        }

        public static IdcHttpPipeline Shared => SharedPipeline.Value;

        /// <summary>How many pipelines this process has built: 0 until the first call, then 1.</summary>
        public static int BuildCount => Volatile.Read(ref buildCount);

        public static bool IsBuilt => SharedPipeline.IsValueCreated;

        public HttpClient Client
        {
            get
            {
                lock (gate)
                {
                    if (DateTime.UtcNow - clientCreatedUtc > ClientLifetime)
                    {
                        client = factory.CreateClient(ClientName);
                        clientCreatedUtc = DateTime.UtcNow;
                    }

                    return client;
                }
            }
        }
    }
}
