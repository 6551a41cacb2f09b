using System.Collections.Concurrent;
using System.Diagnostics;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Errors;
using IdentityCenter.PowerShell.Threading;

namespace IdentityCenter.PowerShell.Tests;

public sealed class InFlightWindowTests : IDisposable
{
    private readonly QueuedEventSink sink = new();
    private readonly List<string> verbose = new();
    private readonly List<int> verboseThreads = new();
    private readonly CancellationTokenSource stopping = new();
    private int running;
    private int mostRunning;

    public void Dispose()
    {
        sink.Dispose();
        stopping.Dispose();
    }

    [Fact]
    public void Results_come_back_in_submission_order_on_the_submitting_thread_though_they_finish_in_reverse()
    {
        using var window = Window(ceiling: 8);
        var handedBack = new List<(int Value, int Thread)>();

        for (var i = 0; i < 8; i++)
        {
            var value = i;
            window.Submit(null, async token => { await Task.Delay((8 - value) * 15, token); return value; }, t => handedBack.Add((t.Result, Environment.CurrentManagedThreadId)));
        }

        window.Drain();

        Assert.Equal(Enumerable.Range(0, 8), handedBack.Select(h => h.Value));
        Assert.All(handedBack, h => Assert.Equal(Environment.CurrentManagedThreadId, h.Thread));
    }

    [Fact]
    public void No_more_than_the_limit_run_at_once_and_the_limit_is_reached()
    {
        using var window = Window(ceiling: 3);
        var gate = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var results = new List<bool>();

        for (var i = 0; i < 12; i++)
        {
            window.Submit(null, token => Counted(async () =>
            {
                if (Volatile.Read(ref running) == 3)
                {
                    gate.TrySetResult(true);
                }

                // Only three running together open the gate; a window of fewer would time out here.
                var opened = await Task.WhenAny(gate.Task, Task.Delay(TimeSpan.FromSeconds(10), token)) == gate.Task;
                return opened;
            }), t => results.Add(t.Result));
        }

        window.Drain();

        Assert.Equal(3, mostRunning);
        Assert.All(results, Assert.True);
        Assert.Equal(0, window.Running);
    }

    [Fact]
    public void One_at_a_time_the_next_item_is_taken_while_a_call_runs_and_starts_when_it_ends_without_the_submitting_thread()
    {
        using var window = Window(ceiling: 1);
        var firstGate = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondStarted = new ManualResetEventSlim();
        var handedBack = new List<int>();

        // The first call gives up after a while, so a window that waited for it on this thread fails rather than hangs.
        window.Submit(null, _ => Counted(async () => { await Task.WhenAny(firstGate.Task, Task.Delay(TimeSpan.FromSeconds(5))); return 1; }), t => handedBack.Add(t.Result));
        window.Submit(null, token => Counted(() => { secondStarted.Set(); return Task.FromResult(2); }), t => handedBack.Add(t.Result));

        // Both were taken while the first still runs, and the second has not started beside it.
        Assert.Equal(1, Volatile.Read(ref running));
        Assert.False(secondStarted.IsSet);
        Assert.Equal(2, window.Pending);

        firstGate.SetResult(1);

        // The first call's end starts the second; this thread is not asked to.
        Assert.True(secondStarted.Wait(TimeSpan.FromSeconds(10)), "the second call started when the first ended");
        Assert.Empty(handedBack);
        window.Drain();
        Assert.Equal(new[] { 1, 2 }, handedBack);
        Assert.Equal(1, mostRunning);
    }

    [Fact]
    public void After_a_failure_nothing_in_line_starts_until_the_failure_is_handed_back()
    {
        using var window = Window(ceiling: 1);
        var order = new ConcurrentQueue<string>();
        var failing = Task.Run<int>(async () =>
        {
            await Task.Delay(10);
            throw new IdcServiceException(409, "IdentityCenter.1206", "exists", "r-1", null);
        });

        window.Submit(null, _ => failing, t => order.Enqueue("handed back the failure"));
        window.Submit(null, _ => { order.Enqueue("started the next"); return Task.FromResult(0); }, _ => order.Enqueue("handed back the next"));
        Assert.ThrowsAny<Exception>(() => failing.GetAwaiter().GetResult());
        Thread.Sleep(50);

        Assert.Empty(order);
        window.Drain();
        Assert.Equal(new[] { "handed back the failure", "started the next", "handed back the next" }, order);
    }

    [Fact]
    public void Calls_with_the_same_key_never_overlap_and_keep_their_order()
    {
        using var window = Window(ceiling: 8);
        var order = new ConcurrentQueue<int>();

        for (var i = 0; i < 6; i++)
        {
            var value = i;
            window.Submit("ps-1", token => Counted(async () => { await Task.Delay(5, token); order.Enqueue(value); return value; }), _ => { });
        }

        window.Drain();

        Assert.Equal(1, mostRunning);
        Assert.Equal(Enumerable.Range(0, 6), order);
    }

    [Fact]
    public void A_failed_call_is_handed_back_in_its_place_and_the_others_go_on()
    {
        using var window = Window(ceiling: 4);
        var handedBack = new List<string>();

        for (var i = 0; i < 5; i++)
        {
            var value = i;
            window.Submit<int>(
                null,
                async token =>
                {
                    await Task.Delay(10, token);
                    return value == 2 ? throw new IdcServiceException(409, "IdentityCenter.1206", "exists", "r-1", null) : value;
                },
                t => handedBack.Add(t.IsFaulted ? "failed: " + t.Exception!.InnerException!.Message : t.Result.ToString()));
        }

        window.Drain();

        Assert.Equal(new[] { "0", "1", "failed: IdentityCenter.1206 (HTTP 409): exists Request id: r-1.", "3", "4" }, handedBack);
    }

    [Fact]
    public void A_call_that_throws_before_its_first_await_is_handed_back_as_a_failure()
    {
        using var window = Window(ceiling: 2);
        Task<int>? seen = null;

        window.Submit<int>(null, _ => throw new IdcValidationException("Name", "the value is empty", "It must be given"), t => seen = t);
        window.Drain();

        Assert.IsType<IdcValidationException>(seen!.Exception!.InnerException);
    }

    [Fact]
    public void A_retry_after_a_429_lowers_the_limit_and_says_so_on_the_verbose_stream()
    {
        using var window = Window(ceiling: 8);

        window.Submit(null, token => Task.Run(() =>
        {
            sink.Report(new IdcEvent(IdcEventLevel.Verbose, "Retrying POST /x after HTTP 429", ServiceErrorKind.Throttled, TimeSpan.FromSeconds(1)));
            return 1;
        }), _ => { });
        window.Drain();

        Assert.Contains("Retrying POST /x after HTTP 429", verbose);
        Assert.Contains(verbose, m => m.StartsWith("The service throttled a request: now up to 4 requests in flight (was 8)", StringComparison.Ordinal));
        Assert.All(verboseThreads, t => Assert.Equal(Environment.CurrentManagedThreadId, t));
    }

    [Fact]
    public void With_the_verbose_stream_off_routine_lines_are_not_queued_but_a_retry_after_a_429_still_lowers_the_limit()
    {
        sink.ShowsVerbose = false;
        using var window = Window(ceiling: 8);

        window.Submit(null, token => Task.Run(() =>
        {
            sink.Report(new IdcEvent(IdcEventLevel.Verbose, "POST /x -> 200"));
            sink.Report(new IdcEvent(IdcEventLevel.Verbose, "Retrying POST /x after HTTP 429", ServiceErrorKind.Throttled, null));
            return 1;
        }), _ => { });
        window.Drain();

        Assert.DoesNotContain("POST /x -> 200", verbose);
        Assert.Contains(verbose, m => m.StartsWith("The service throttled a request: now up to 4 requests in flight (was 8)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_retry_after_a_server_error_leaves_the_limit_alone()
    {
        using var window = Window(ceiling: 8);

        window.Submit(null, token => Task.Run(() =>
        {
            sink.Report(new IdcEvent(IdcEventLevel.Verbose, "Retrying POST /x after HTTP 503", ServiceErrorKind.ServerError, null));
            return 1;
        }), _ => { });
        window.Drain();

        Assert.DoesNotContain(verbose, m => m.StartsWith("The service throttled", StringComparison.Ordinal));
    }

    [Fact]
    public void A_call_that_fails_throttled_lowers_the_limit_so_fewer_run_afterwards()
    {
        using var window = Window(ceiling: 4);
        var throttledOnce = 0;

        void SubmitCalls(int count)
        {
            for (var i = 0; i < count; i++)
            {
                window.Submit<int>(null, token => Counted(async () =>
                {
                    await Task.Delay(5, token);
                    if (Interlocked.Exchange(ref throttledOnce, 1) == 0)
                    {
                        throw new IdcServiceException(429, "APIGW.0308", "The throttling threshold has been reached.", "r-2", null);
                    }

                    return 0;
                }), _ => { });
            }
        }

        // The first four run together and one of them is throttled; once they are handed back, the cut holds (the clock
        // stands still), and the calls submitted after it run at most two at a time.
        SubmitCalls(4);
        window.Drain();
        Interlocked.Exchange(ref mostRunning, 0);
        SubmitCalls(16);
        window.Drain();

        Assert.Contains(verbose, m => m.StartsWith("The service throttled a request: now up to 2 requests in flight (was 4)", StringComparison.Ordinal));
        Assert.True(mostRunning <= 2, "up to " + mostRunning + " ran after the cut; " + string.Join(" / ", verbose));
    }

    [Fact]
    public void A_stop_cancels_every_call_in_flight_and_leaves_none_running()
    {
        using var window = Window(ceiling: 4);
        var calls = new ConcurrentBag<Task>();
        var started = new CountdownEvent(4);
        var submitting = Task.Run(() =>
        {
            for (var i = 0; i < 10; i++)
            {
                window.Submit(null, token =>
                {
                    var call = Task.Run(async () => { started.Signal(); await Task.Delay(Timeout.Infinite, token); return 0; });
                    calls.Add(call);
                    return call;
                }, _ => { });
            }

            // Ten fit in the window: four run and six wait in line, so the stop is met while draining.
            window.Drain();
        });
        Assert.True(started.Wait(TimeSpan.FromSeconds(10)), "four calls started");

        stopping.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => submitting.GetAwaiter().GetResult());
        Assert.Equal(4, calls.Count);
        Assert.All(calls, c => Assert.True(c.IsCanceled));
    }

    [Fact]
    public void When_handing_back_throws_the_calls_still_in_flight_are_cancelled()
    {
        using var window = Window(ceiling: 4);
        var tokens = new List<CancellationToken>();
        window.Submit(null, async token => { await Task.Delay(30, token); return 0; }, _ => throw new InvalidOperationException("-ErrorAction Stop"));
        for (var i = 0; i < 2; i++)
        {
            window.Submit(null, token => { tokens.Add(token); return Task.Delay(Timeout.Infinite, token).ContinueWith(_ => 0, TaskScheduler.Default); }, _ => { });
        }

        var error = Assert.Throws<InvalidOperationException>(() => window.Drain());

        Assert.Equal("-ErrorAction Stop", error.Message);
        Assert.Equal(2, tokens.Count);
        Assert.All(tokens, t => Assert.True(t.IsCancellationRequested));
        Assert.Equal(0, window.Pending);
    }

    // A clock that stands still: the hold after a 429 never passes, so a test's speed cannot let the limit grow back.
    private InFlightWindow Window(int ceiling) => new(
        sink,
        new EventCallbacks(
            m =>
            {
                verbose.Add(m);
                verboseThreads.Add(Environment.CurrentManagedThreadId);
            },
            _ => { },
            _ => { }),
        new ConcurrencyLimiter(ceiling, () => TimeSpan.Zero),
        stopping.Token);

    private async Task<T> Counted<T>(Func<Task<T>> call)
    {
        var now = Interlocked.Increment(ref running);
        int seen;
        while (now > (seen = Volatile.Read(ref mostRunning)) && Interlocked.CompareExchange(ref mostRunning, now, seen) != seen)
        {
        }

        try
        {
            return await call();
        }
        finally
        {
            Interlocked.Decrement(ref running);
        }
    }
}
