using System;
using System.Collections.Generic;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Json;

namespace IdentityCenter.Core
{
    /// <summary>
    /// Where a listing is in its walk over pages, refusing a walk that would not end: a marker seen before anywhere in
    /// the walk (a server alternating markers), or more pages than any real listing has.
    /// </summary>
    internal sealed class PageCursor
    {
        /// <summary>The most pages one listing reads: at 100 items a page, 25 times the default quota of permission sets.</summary>
        public const int MaxPages = 500;

        private readonly HashSet<string> seen = new HashSet<string>(StringComparer.Ordinal);
        private readonly string operation;
        private int pages;

        public PageCursor(string operation)
        {
            this.operation = operation;
        }

        /// <summary>The marker of the next page to ask for; null for the first.</summary>
        public string? Marker { get; private set; }

        /// <summary>Takes the reply's paging information; false when the listing is complete.</summary>
        /// <exception cref="IdcTransportException">The service repeated a marker or exceeded <see cref="MaxPages"/>.</exception>
        public bool Advance(PageInfoDto? pageInfo)
        {
            pages++;
            var next = pageInfo?.NextMarker;
            if (string.IsNullOrEmpty(next))
            {
                return false;
            }

            if (!seen.Add(next!))
            {
                throw new IdcTransportException(
                    "The service returned the page marker '" + QuotedText.Of(next, null) + "' of " + operation + " a second time after " + pages + " page(s); paging stopped to avoid a loop.");
            }

            if (pages >= MaxPages)
            {
                throw new IdcTransportException(
                    "The listing " + operation + " did not end after " + MaxPages + " pages, the most one listing reads; paging stopped.");
            }

            Marker = next;
            return true;
        }
    }
}
