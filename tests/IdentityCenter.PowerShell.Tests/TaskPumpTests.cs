using System.Diagnostics;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Errors;
using IdentityCenter.PowerShell.Threading;

namespace IdentityCenter.PowerShell.Tests;

public sealed class TaskPumpTests : IDisposable
{
    private readonly QueuedEventSink sink = new();
    private readonly List<(string Stream, string Message, int Thread)> written = new();

    public void Dispose() => sink.Dispose();

    [Fact]
    public void Events_from_pool_threads_are_written_in_order_on_the_calling_thread_and_the_result_returned()
    {
        var caller = Environment.CurrentManagedThreadId;
        var reporterThreads = new List<int>();

        // Task.Run keeps the call off the test framework's synchronization context, as on a PowerShell pipeline thread.
        var result = Pump().Run(
            token => Task.Run(async () =>
            {
                await Task.Yield();
                for (var i = 0; i < 40; i++)
                {
                    lock (reporterThreads)
                    {
                        reporterThreads.Add(Environment.CurrentManagedThreadId);
                    }

                    sink.Report(new IdcEvent(IdcEventLevel.Verbose, "event " + i));
                    if (i % 10 == 0)
                    {
                        await Task.Delay(5, token);
                    }
                }

                return 42;
            }),
            CancellationToken.None);

        Assert.Equal(42, result);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => "event " + i), written.Select(w => w.Message));
        Assert.All(written, w => Assert.Equal(caller, w.Thread));
        Assert.DoesNotContain(caller, reporterThreads);
    }

    [Fact]
    public void Each_level_goes_to_its_own_stream()
    {
        Pump().Run(
            _ => Task.Run(() =>
            {
                sink.Report(new IdcEvent(IdcEventLevel.Verbose, "v"));
                sink.Report(new IdcEvent(IdcEventLevel.Debug, "d"));
                sink.Report(new IdcEvent(IdcEventLevel.Warning, "w"));
                return true;
            }),
            CancellationToken.None);

        Assert.Equal(new[] { ("verbose", "v"), ("debug", "d"), ("warning", "w") }, written.Select(w => (w.Stream, w.Message)));
    }

    [Fact]
    public void Events_queued_before_the_call_starts_are_written_first()
    {
        sink.Report(new IdcEvent(IdcEventLevel.Verbose, "left over"));

        Pump().Run(_ => Task.FromResult(1), CancellationToken.None);

        Assert.Equal(new[] { "left over" }, written.Select(w => w.Message));
        Assert.Equal(0, sink.Count);
    }

    [Fact]
    public void The_calls_own_exception_is_rethrown_not_an_AggregateException()
    {
        var error = Assert.Throws<IdcServiceException>(() => Pump().Run<int>(
            _ => Task.Run<int>(async () =>
            {
                await Task.Delay(10);
                sink.Report(new IdcEvent(IdcEventLevel.Verbose, "before failing"));
                throw new IdcServiceException(409, "IdentityCenter.1206", "exists", "r-1", null);
            }),
            CancellationToken.None));

        Assert.Equal("IdentityCenter.1206", error.ErrorCode);
        Assert.Equal(new[] { "before failing" }, written.Select(w => w.Message));
    }

    [Fact]
    public void A_failure_before_the_first_await_is_rethrown_as_it_was()
    {
        Assert.Throws<IdcValidationException>(() => Pump().Run<int>(
            _ => Task.FromException<int>(new IdcValidationException("Name", "the value is empty", "It must be given")),
            CancellationToken.None));
    }

    [Fact]
    public void Cancellation_returns_promptly_even_when_the_call_never_finishes()
    {
        using var stop = new CancellationTokenSource();
        var never = new TaskCompletionSource<int>();
        stop.CancelAfter(TimeSpan.FromMilliseconds(100));
        var watch = Stopwatch.StartNew();

        Assert.ThrowsAny<OperationCanceledException>(() => Pump().Run(_ => never.Task, stop.Token));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "the pump waited " + watch.Elapsed + " after Ctrl+C");
    }

    [Fact]
    public void Cancellation_reaches_the_call_through_its_token()
    {
        using var stop = new CancellationTokenSource();
        CancellationToken seen = default;
        var started = new ManualResetEventSlim();

        var pumping = Task.Run(() => Pump().Run(
            async token =>
            {
                seen = token;
                started.Set();
                await Task.Delay(Timeout.Infinite, token);
                return 0;
            },
            stop.Token));
        Assert.True(started.Wait(TimeSpan.FromSeconds(5)));
        stop.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => pumping.GetAwaiter().GetResult());
        Assert.True(seen.IsCancellationRequested);
    }

    [Fact]
    public void An_already_cancelled_token_starts_nothing()
    {
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        var started = false;

        Assert.ThrowsAny<OperationCanceledException>(() => Pump().Run(_ => { started = true; return Task.FromResult(0); }, stop.Token));

        Assert.False(started);
    }

    [Fact]
    public void A_callback_that_throws_ends_the_wait_and_the_exception_surfaces()
    {
        var never = new TaskCompletionSource<int>();
        var pump = new TaskPump(sink, new EventCallbacks(_ => throw new InvalidOperationException("stream closed"), _ => { }, _ => { }));

        var error = Assert.Throws<InvalidOperationException>(() => pump.Run(
            _ =>
            {
                Task.Run(() => sink.Report(new IdcEvent(IdcEventLevel.Verbose, "v")));
                return never.Task;
            },
            CancellationToken.None));

        Assert.Equal("stream closed", error.Message);
    }

    [Fact]
    public void Events_reported_after_the_sink_is_disposed_are_ignored_quietly()
    {
        var late = new QueuedEventSink();
        late.Dispose();

        late.Report(new IdcEvent(IdcEventLevel.Verbose, "late"));

        Assert.Equal(1, late.Count);
    }

    private TaskPump Pump() => new(
        sink,
        new EventCallbacks(
            m => written.Add(("verbose", m, Environment.CurrentManagedThreadId)),
            m => written.Add(("debug", m, Environment.CurrentManagedThreadId)),
            m => written.Add(("warning", m, Environment.CurrentManagedThreadId))));
}
