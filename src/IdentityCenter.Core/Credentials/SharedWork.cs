using System;
using System.Threading;
using System.Threading.Tasks;

namespace IdentityCenter.Core.Credentials
{
    /// <summary>
    /// Waiting for work that many callers share (a domain-id look-up, a credential refresh): the work observes no
    /// caller's cancellation, and each caller may stop its own wait without stopping the work for the others.
    /// </summary>
    internal static class SharedWork
    {
        public static async Task<T> WaitAsync<T>(Task<T> task, CancellationToken cancellationToken)
        {
            if (!cancellationToken.CanBeCanceled || task.IsCompleted)
            {
                return await task.ConfigureAwait(false);
            }

            var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            using (cancellationToken.Register(() => cancelled.TrySetResult(true)))
            {
                if (await Task.WhenAny(task, cancelled.Task).ConfigureAwait(false) != task)
                {
                    ObserveLater(task);
                    throw new OperationCanceledException(cancellationToken);
                }
            }

            return await task.ConfigureAwait(false);
        }

        private static void ObserveLater(Task task) =>
            task.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
