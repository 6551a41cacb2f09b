using IdentityCenter.Emulator.Http;

namespace IdentityCenter.Emulator.State;

/// <summary>
/// Cuts one page out of a listing ordered by a sequence number. Markers name the last sequence returned,
/// so items added or removed between calls never shift or repeat a page.
/// </summary>
internal static class Paging
{
    /// <param name="scope">The listing and its owner (for example "permission-sets|ins-…"); a marker from another scope is refused.</param>
    public static Page<TResult> Take<TItem, TResult>(
        IEnumerable<TItem> ordered,
        Func<TItem, long> sequence,
        Func<TItem, TResult> project,
        string scope,
        int limit,
        string? marker)
    {
        long after = ReadMarker(scope, marker);
        var remaining = ordered.Where(item => sequence(item) > after).ToList();
        var page = remaining.Take(limit).ToList();
        string? next = remaining.Count > page.Count ? PageMarker.Create(scope, sequence(page[^1])) : null;
        return new Page<TResult>(page.Select(project).ToArray(), next);
    }

    private static long ReadMarker(string scope, string? marker)
    {
        if (marker is null)
        {
            return 0;
        }

        return PageMarker.TryRead(scope, marker, out long sequence)
            ? sequence
            : throw ErrorCodes.BadRequestError(
                $"marker is invalid: it must be the {PageMarker.Length}-character next_marker of a previous page of this listing.");
    }
}
