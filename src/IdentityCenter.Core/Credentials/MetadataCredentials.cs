using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Http;

namespace IdentityCenter.Core.Credentials
{
    /// <summary>
    /// The temporary keys of one metadata service, kept for the process (every runspace and client shares them) and
    /// fetched again when fewer than <see cref="RefreshWindow"/> remain, or at once when the service refused them as
    /// expired. However many requests find them due at the same moment, one fetch runs and all of them wait for it,
    /// each with its own cancellation. An address where nothing answered is not asked again by the chain.
    /// </summary>
    internal sealed class MetadataCredentialCache
    {
        /// <summary>The SDKs' rule: keys with less than this left are renewed before the next request.</summary>
        public static readonly TimeSpan RefreshWindow = TimeSpan.FromMinutes(40);

        // After a failed renewal the keys in hand, still valid, are used this long before the service is asked again.
        private static readonly TimeSpan RetryPause = TimeSpan.FromMinutes(1);

        // Keys this close to their expiry are not kept in use when a renewal fails.
        private static readonly TimeSpan ExpiryMargin = TimeSpan.FromMinutes(2);

        private static readonly ConcurrentDictionary<string, MetadataCredentialCache> Caches = new ConcurrentDictionary<string, MetadataCredentialCache>(StringComparer.OrdinalIgnoreCase);

        private readonly MetadataService service;
        private readonly Func<DateTimeOffset> clock;
        private readonly object gate = new object();
        private Held? held;
        private Task<Held>? fetching;
        private string? unreachable;
        private int answered;
        private int fetches;

        internal MetadataCredentialCache(MetadataService service, Func<DateTimeOffset> clock)
        {
            this.service = service;
            this.clock = clock;
        }

        public MetadataService Service => service;

        /// <summary>The keys last fetched; null before the first fetch succeeds.</summary>
        public Held? Latest => Volatile.Read(ref held);

        /// <summary>Why nothing answered at the address when the chain last asked; null when something did.</summary>
        public string? Unreachable => Volatile.Read(ref unreachable);

        /// <summary>How many fetches have started: each is one credential request to the service (two on a stale token).</summary>
        public int Fetches => Volatile.Read(ref fetches);

        /// <summary>The process's cache for the service at this address.</summary>
        public static MetadataCredentialCache For(Uri url) =>
            Caches.GetOrAdd(url.GetLeftPart(UriPartial.Path), _ => new MetadataCredentialCache(new MetadataService(url, () => IdcHttpPipeline.Shared.MetadataClient), () => DateTimeOffset.UtcNow));

        internal static void Clear() => Caches.Clear();

        /// <summary>Keys with more than the refresh window left, fetched first when there are none such.</summary>
        /// <exception cref="MetadataServiceException">The service gave no keys.</exception>
        public Task<Held> GetAsync(IIdcEventSink sink, CancellationToken cancellationToken)
        {
            var current = Latest;
            if (current != null && clock() < current.RefreshAt)
            {
                return current.Ready;
            }

            Task<Held> task;
            lock (gate)
            {
                current = held;
                task = current != null && clock() < current.RefreshAt ? current.Ready : fetching ?? Start(current, sink, renewingRefused: false);
            }

            return SharedWork.WaitAsync(task, cancellationToken);
        }

        /// <summary>
        /// After a refusal of <paramref name="rejected"/> (keys this cache handed out) as expired: true when other keys
        /// are now held, fetched by this call or by a request refused at the same time.
        /// </summary>
        public async Task<bool> RenewAsync(IdcCredentials rejected, IIdcEventSink sink, CancellationToken cancellationToken)
        {
            Task<Held> task;
            Held? current;
            lock (gate)
            {
                current = held;
                if (current != null && !ReferenceEquals(current.Credentials, rejected))
                {
                    return true;
                }

                task = fetching ?? Start(current, sink, renewingRefused: true);
            }

            var renewed = await SharedWork.WaitAsync(task, cancellationToken).ConfigureAwait(false);
            return !ReferenceEquals(renewed.Credentials, rejected);
        }

        // Called under the gate. The fetch runs on the pool so that it never completes inside the gate.
        private Task<Held> Start(Held? current, IIdcEventSink sink, bool renewingRefused)
        {
            Interlocked.Increment(ref fetches);
            var task = Task.Run(() => FetchAsync(current, sink, renewingRefused));
            fetching = task;
            return task;
        }

        private async Task<Held> FetchAsync(Held? current, IIdcEventSink sink, bool renewingRefused)
        {
            try
            {
                // The fetch observes no caller's cancellation: it serves every caller, within its own time limits.
                var fetched = await service.FetchAsync(Volatile.Read(ref answered) == 0, CancellationToken.None).ConfigureAwait(false);
                var now = clock();
                if (fetched.ExpiresAt <= now)
                {
                    throw new MetadataServiceException(service.Origin + " handed out keys that expired at " + Held.Format(fetched.ExpiresAt) + ".", answered: true);
                }

                var next = new Held(fetched, now);
                Volatile.Write(ref answered, 1);
                Volatile.Write(ref unreachable, null);
                Volatile.Write(ref held, next);
                sink.Report(new IdcEvent(
                    IdcEventLevel.Verbose,
                    (current == null ? "Temporary keys from " : "Renewed the temporary keys from ") + service.Origin + ": access key " + fetched.Credentials.AccessKeyId +
                    ", expires at " + Held.Format(fetched.ExpiresAt) + ", renewed after " + Held.Format(next.RefreshAt) + "."));
                return next;
            }
            catch (MetadataServiceException ex)
            {
                if (ex.Answered)
                {
                    Volatile.Write(ref answered, 1);
                }
                else if (current == null)
                {
                    Volatile.Write(ref unreachable, ex.Message);
                }

                if (!renewingRefused && current != null && clock() < current.ExpiresAt - ExpiryMargin)
                {
                    var kept = current.PausedUntil(clock() + RetryPause);
                    Volatile.Write(ref held, kept);
                    sink.Report(new IdcEvent(
                        IdcEventLevel.Warning,
                        "The temporary keys could not be renewed (" + ex.Message + "); the current ones, valid until " + Held.Format(current.ExpiresAt) + ", stay in use for now."));
                    return kept;
                }

                throw;
            }
            finally
            {
                lock (gate)
                {
                    fetching = null;
                }
            }
        }

        /// <summary>Keys in hand: when they expire and from when they are renewed before use.</summary>
        internal sealed class Held
        {
            public Held(MetadataCredential fetched, DateTimeOffset fetchedAt)
                : this(fetched.Credentials, fetched.ExpiresAt, RenewalTime(fetched.ExpiresAt, fetchedAt))
            {
            }

            private Held(IdcCredentials credentials, DateTimeOffset expiresAt, DateTimeOffset refreshAt)
            {
                Credentials = credentials;
                ExpiresAt = expiresAt;
                RefreshAt = refreshAt;
                Ready = Task.FromResult(this);
            }

            public IdcCredentials Credentials { get; }

            public DateTimeOffset ExpiresAt { get; }

            public DateTimeOffset RefreshAt { get; }

            /// <summary>This, as a finished task, so the common case allocates nothing per request.</summary>
            public Task<Held> Ready { get; }

            public static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

            public Held PausedUntil(DateTimeOffset time) => new Held(Credentials, ExpiresAt, time);

            // Keys that arrive with less than the window left would otherwise be fetched again for every request;
            // they are renewed half-way through what is left instead.
            private static DateTimeOffset RenewalTime(DateTimeOffset expiresAt, DateTimeOffset fetchedAt)
            {
                var windowStart = expiresAt - RefreshWindow;
                return windowStart > fetchedAt ? windowStart : fetchedAt + TimeSpan.FromTicks((expiresAt - fetchedAt).Ticks / 2);
            }
        }
    }

    /// <summary>
    /// Keys of the server's agency from the ECS metadata service, for one account: the process's cache supplies them,
    /// this adds the domain id a caller, the session or the environment names.
    /// </summary>
    internal sealed class MetadataCredentialProvider : IdcCredentialProvider
    {
        private readonly MetadataCredentialCache cache;
        private readonly string? domainId;
        private readonly SettingSource domainIdSource;
        private Applied? applied;

        /// <param name="cache">A cache that has fetched keys at least once.</param>
        public MetadataCredentialProvider(MetadataCredentialCache cache, string? domainId, SettingSource domainIdSource)
        {
            if (cache.Latest == null)
            {
                throw new ArgumentException("The cache holds no keys yet.", nameof(cache));
            }

            this.cache = cache;
            this.domainId = domainId;
            this.domainIdSource = domainIdSource;
        }

        public override IdcCredentials Current => WithDomain(cache.Latest!.Credentials);

        public override DateTimeOffset? ExpiresAt => cache.Latest?.ExpiresAt;

        public override string Description => "ECS metadata (agency), expires at " + MetadataCredentialCache.Held.Format(cache.Latest!.ExpiresAt);

        internal override bool Renews => true;

        internal override string DiscoveryKey => "ECS metadata " + cache.Service.BaseUrl.GetLeftPart(UriPartial.Path);

        internal MetadataCredentialCache Cache => cache;

        internal override async Task<IdcCredentials> GetAsync(IIdcEventSink sink, CancellationToken cancellationToken)
        {
            var held = await cache.GetAsync(sink, cancellationToken).ConfigureAwait(false);
            return WithDomain(held.Credentials);
        }

        internal override Task<bool> RenewAsync(IdcCredentials rejected, IIdcEventSink sink, CancellationToken cancellationToken)
        {
            // The cache knows its own keys, not the copies with a domain id this provider handed out.
            var last = Volatile.Read(ref applied);
            var keys = last != null && ReferenceEquals(last.Result, rejected) ? last.Keys : rejected;
            return cache.RenewAsync(keys, sink, cancellationToken);
        }

        internal override IdcCredentialProvider WithDomainId(string domainId, SettingSource source) => new MetadataCredentialProvider(cache, domainId, source);

        // The copy with the domain id is made once per set of keys, not once per request.
        private IdcCredentials WithDomain(IdcCredentials keys)
        {
            if (domainId == null)
            {
                return keys;
            }

            var last = Volatile.Read(ref applied);
            if (last != null && ReferenceEquals(last.Keys, keys))
            {
                return last.Result;
            }

            var result = keys.WithDomainId(domainId, domainIdSource);
            Volatile.Write(ref applied, new Applied(keys, result));
            return result;
        }

        private sealed class Applied
        {
            public Applied(IdcCredentials keys, IdcCredentials result)
            {
                Keys = keys;
                Result = result;
            }

            public IdcCredentials Keys { get; }

            public IdcCredentials Result { get; }
        }
    }
}
