namespace IdentityCenter.Emulator.Http;

/// <summary>
/// The gateway's request-rate limit: a bucket of <c>rate</c> tokens (at least one) refilled at
/// <c>rate</c> per second on the emulator's clock, one token per request.
/// </summary>
internal sealed class TokenBucket
{
    private readonly object _gate = new();
    private readonly double _rate;
    private readonly double _capacity;
    private readonly TimeProvider _clock;
    private double _tokens;
    private DateTimeOffset _refilledAt;

    public TokenBucket(double requestsPerSecond, TimeProvider clock)
    {
        _rate = requestsPerSecond;
        _capacity = Math.Max(1, requestsPerSecond);
        _clock = clock;
        _tokens = _capacity;
        _refilledAt = clock.GetUtcNow();
    }

    /// <summary>Takes a token; when none is left, gives the whole seconds until one is, for Retry-After.</summary>
    public bool TryTake(out int retryAfterSeconds)
    {
        lock (_gate)
        {
            DateTimeOffset now = _clock.GetUtcNow();
            double elapsed = Math.Max(0, (now - _refilledAt).TotalSeconds);
            _tokens = Math.Min(_capacity, _tokens + (elapsed * _rate));
            _refilledAt = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                retryAfterSeconds = 0;
                return true;
            }

            retryAfterSeconds = Math.Max(1, (int)Math.Ceiling((1 - _tokens) / _rate));
            return false;
        }
    }
}
