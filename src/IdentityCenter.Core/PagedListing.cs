using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Http;
using IdentityCenter.Core.Json;

namespace IdentityCenter.Core
{
    /// <summary>
    /// A listing read one page at a time, so a caller can hand each page on before asking for the next. The whole walk
    /// has one <see cref="PageCursor"/> (a marker repeated anywhere in it, or too many pages, stops it) and one time
    /// limit; time the caller spends between pages does not count against that limit.
    /// </summary>
    public sealed class PagedListing<T>
    {
        private readonly Func<string?, CallDeadline, CancellationToken, Task<(IReadOnlyList<T> Items, PageInfoDto? PageInfo)>> readPage;
        private readonly PageCursor cursor;
        private readonly CallDeadline deadline;

        internal PagedListing(
            string operation,
            CallDeadline deadline,
            Func<string?, CallDeadline, CancellationToken, Task<(IReadOnlyList<T> Items, PageInfoDto? PageInfo)>> readPage)
        {
            cursor = new PageCursor(operation);
            this.deadline = deadline;
            this.readPage = readPage;
        }

        /// <summary>True once the last page has been read.</summary>
        public bool IsComplete { get; private set; }

        /// <summary>The next page's items; an empty page is possible before the end.</summary>
        /// <exception cref="InvalidOperationException">The listing is complete.</exception>
        /// <exception cref="IdcTransportException">The service repeated a marker, or the walk ran out of time or pages.</exception>
        public async Task<IReadOnlyList<T>> NextPageAsync(CancellationToken cancellationToken = default)
        {
            deadline.Resume();
            try
            {
                return await ReadNextAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                deadline.Pause();
            }
        }

        /// <summary>Every remaining page, under the deadline of the operation that made the listing.</summary>
        internal async Task<IReadOnlyList<T>> ReadAllAsync(CancellationToken cancellationToken)
        {
            var results = new List<T>();
            while (!IsComplete)
            {
                results.AddRange(await ReadNextAsync(cancellationToken).ConfigureAwait(false));
            }

            return results;
        }

        private async Task<IReadOnlyList<T>> ReadNextAsync(CancellationToken cancellationToken)
        {
            if (IsComplete)
            {
                throw new InvalidOperationException("The listing is complete; there is no next page.");
            }

            var page = await readPage(cursor.Marker, deadline, cancellationToken).ConfigureAwait(false);
            IsComplete = !cursor.Advance(page.PageInfo);
            return page.Items;
        }
    }
}
