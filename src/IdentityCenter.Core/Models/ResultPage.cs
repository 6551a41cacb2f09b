using System.Collections.Generic;

namespace IdentityCenter.Core.Models
{
    /// <summary>One page of a listing, so a caller can hand its items on before asking for the next.</summary>
    public sealed class ResultPage<T>
    {
        public ResultPage(IReadOnlyList<T> items, string? nextMarker)
        {
            Items = items;
            NextMarker = nextMarker;
        }

        public IReadOnlyList<T> Items { get; }

        /// <summary>Where the next page starts; null on the last page.</summary>
        public string? NextMarker { get; }
    }
}
