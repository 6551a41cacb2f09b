using System.Collections;

namespace IdentityCenter.Emulator.Http;

/// <summary>
/// Every request to the API paths (/v1, /v3 and unknown paths; the /_emulator admin paths are not
/// logged), so a test can assert what reached the server. Enumerating works on a snapshot.
/// </summary>
public sealed class RequestLog : IReadOnlyList<RequestLogEntry>
{
    private readonly object _gate = new();
    private readonly List<RequestLogEntry> _entries = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public RequestLogEntry this[int index]
    {
        get
        {
            lock (_gate)
            {
                return _entries[index];
            }
        }
    }

    public IReadOnlyList<RequestLogEntry> Snapshot()
    {
        lock (_gate)
        {
            return _entries.ToArray();
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    /// <summary>Resolves once an entry matching <paramref name="predicate"/> is logged, or with null on timeout.</summary>
    public async Task<RequestLogEntry?> WaitForAsync(Func<RequestLogEntry, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        DateTime deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            RequestLogEntry? found = Snapshot().FirstOrDefault(predicate);
            if (found is not null || DateTime.UtcNow >= deadline)
            {
                return found;
            }

            await Task.Delay(10, cancellationToken).ConfigureAwait(false);
        }
    }

    public IEnumerator<RequestLogEntry> GetEnumerator() => Snapshot().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Add(RequestLogEntry entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }
}
