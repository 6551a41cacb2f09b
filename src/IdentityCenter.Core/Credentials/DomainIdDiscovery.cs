using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace IdentityCenter.Core.Credentials
{
    /// <summary>
    /// The account's domain id, asked of IAM once per access key and IAM endpoint and kept for the process. A failed
    /// look-up is not kept, so the next call asks again.
    /// </summary>
    internal static class DomainIdDiscovery
    {
        private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Cache = new ConcurrentDictionary<string, Lazy<Task<string>>>(StringComparer.Ordinal);

        public static async Task<string> GetAsync(string accessKeyId, Uri iamEndpoint, Func<Task<string>> lookUp)
        {
            var key = accessKeyId + "|" + iamEndpoint.GetLeftPart(UriPartial.Authority);
            var entry = Cache.GetOrAdd(key, _ => new Lazy<Task<string>>(lookUp, LazyThreadSafetyMode.ExecutionAndPublication));
            try
            {
                return await entry.Value.ConfigureAwait(false);
            }
            catch
            {
                Cache.TryRemove(key, out _);
                throw;
            }
        }

        internal static void Clear() => Cache.Clear();
    }
}
