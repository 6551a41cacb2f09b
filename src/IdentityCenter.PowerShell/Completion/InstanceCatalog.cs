using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core.Models;

namespace IdentityCenter.PowerShell.Completion
{
    /// <summary>
    /// The instances of each account, asked of the service once and kept for the session, so tab completion of
    /// -InstanceId answers at once after the first press. A look-up gets a short time limit; a failed one gives no
    /// suggestions and is not retried for a while, so a missing network does not stall every Tab press.
    /// </summary>
    internal sealed class InstanceCatalog
    {
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(3);
        public static readonly TimeSpan DefaultRetryAfterFailure = TimeSpan.FromMinutes(1);

        private readonly object gate = new object();
        private readonly Dictionary<string, IReadOnlyList<IdentityCenterInstance>> found = new Dictionary<string, IReadOnlyList<IdentityCenterInstance>>(StringComparer.Ordinal);
        private readonly Dictionary<string, DateTimeOffset> failedAt = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        private readonly TimeSpan timeout;
        private readonly TimeSpan retryAfterFailure;
        private readonly Func<DateTimeOffset> clock;

        public InstanceCatalog(TimeSpan timeout, TimeSpan retryAfterFailure, Func<DateTimeOffset> clock)
        {
            this.timeout = timeout;
            this.retryAfterFailure = retryAfterFailure;
            this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
        }

        /// <summary>The catalog tab completion uses; Connect-IdcService and Disconnect-IdcService empty it.</summary>
        public static InstanceCatalog Shared { get; } = new InstanceCatalog(DefaultTimeout, DefaultRetryAfterFailure, () => DateTimeOffset.UtcNow);

        /// <param name="connectionKey">Which service and account the list belongs to; never a secret.</param>
        /// <param name="listInstances">Asks the service; it must observe the token.</param>
        /// <returns>The instances, or an empty list when the service could not say in time.</returns>
        public IReadOnlyList<IdentityCenterInstance> Get(string connectionKey, Func<CancellationToken, Task<IReadOnlyList<IdentityCenterInstance>>> listInstances)
        {
            lock (gate)
            {
                if (found.TryGetValue(connectionKey, out var known))
                {
                    return known;
                }

                if (failedAt.TryGetValue(connectionKey, out var when) && clock() - when < retryAfterFailure)
                {
                    return Array.Empty<IdentityCenterInstance>();
                }
            }

            var instances = TryList(listInstances);
            lock (gate)
            {
                if (instances == null)
                {
                    failedAt[connectionKey] = clock();
                    return Array.Empty<IdentityCenterInstance>();
                }

                failedAt.Remove(connectionKey);
                found[connectionKey] = instances;
                return instances;
            }
        }

        public void Clear()
        {
            lock (gate)
            {
                found.Clear();
                failedAt.Clear();
            }
        }

        private IReadOnlyList<IdentityCenterInstance>? TryList(Func<CancellationToken, Task<IReadOnlyList<IdentityCenterInstance>>> listInstances)
        {
            using var limit = new CancellationTokenSource(timeout);
            try
            {
                var task = listInstances(limit.Token);

                // The wait has its own limit too, in case a call ignores its token.
                if (!task.Wait(timeout + TimeSpan.FromMilliseconds(250)))
                {
                    limit.Cancel();
                    ObserveLater(task);
                    return null;
                }

                return task.Result ?? Array.Empty<IdentityCenterInstance>();
            }
            catch (Exception)
            {
                // Completion is a convenience: whatever went wrong (no credentials, no network, a refusal), the user
                // gets no suggestions rather than an error in the middle of typing.
                return null;
            }
        }

        private static void ObserveLater(Task task) =>
            task.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
