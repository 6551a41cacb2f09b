using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Completion;

namespace IdentityCenter.PowerShell.Tests;

public class InstanceCatalogTests
{
    private static readonly IReadOnlyList<IdentityCenterInstance> Two = new[]
    {
        new IdentityCenterInstance { InstanceId = "ins-a000000000000001" },
        new IdentityCenterInstance { InstanceId = "ins-b000000000000002" },
    };

    private DateTimeOffset now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private InstanceCatalog Catalog(TimeSpan? timeout = null) =>
        new(timeout ?? TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(1), () => now);

    [Fact]
    public void The_service_is_asked_once_per_connection_and_the_answer_kept()
    {
        var catalog = Catalog();
        var calls = 0;

        Task<IReadOnlyList<IdentityCenterInstance>> List(CancellationToken token)
        {
            calls++;
            return Task.FromResult(Two);
        }

        Assert.Equal(Two, catalog.Get("endpoint|AK1|", List));
        Assert.Equal(Two, catalog.Get("endpoint|AK1|", List));
        Assert.Equal(1, calls);

        catalog.Get("endpoint|AK2|", List);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void A_failure_gives_no_instances_and_no_error_and_is_not_asked_again_for_a_while()
    {
        var catalog = Catalog();
        var calls = 0;

        Task<IReadOnlyList<IdentityCenterInstance>> Fail(CancellationToken token)
        {
            calls++;
            throw new InvalidOperationException("no network");
        }

        Assert.Empty(catalog.Get("k", Fail));
        Assert.Empty(catalog.Get("k", Fail));
        Assert.Equal(1, calls);

        now += TimeSpan.FromMinutes(2);
        Assert.Empty(catalog.Get("k", Fail));
        Assert.Equal(2, calls);
    }

    [Fact]
    public void A_faulted_task_is_a_failure_too()
    {
        Assert.Empty(Catalog().Get("k", _ => Task.FromException<IReadOnlyList<IdentityCenterInstance>>(new HttpRequestException("refused"))));
    }

    [Fact]
    public void A_slow_service_is_given_up_on_within_the_time_limit()
    {
        var catalog = Catalog(TimeSpan.FromMilliseconds(200));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var instances = catalog.Get("k", async token =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), token);
            return Two;
        });

        Assert.Empty(instances);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "took " + watch.Elapsed);
    }

    [Fact]
    public void A_call_that_ignores_its_token_is_still_given_up_on()
    {
        var release = new TaskCompletionSource<IReadOnlyList<IdentityCenterInstance>>();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        Assert.Empty(Catalog(TimeSpan.FromMilliseconds(100)).Get("k", _ => release.Task));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "took " + watch.Elapsed);
        release.SetException(new InvalidOperationException("late failure, observed quietly"));
    }

    [Fact]
    public void A_success_after_a_failure_is_kept()
    {
        var catalog = Catalog();
        catalog.Get("k", _ => throw new InvalidOperationException());
        now += TimeSpan.FromMinutes(2);

        Assert.Equal(Two, catalog.Get("k", _ => Task.FromResult(Two)));
        Assert.Equal(Two, catalog.Get("k", _ => throw new InvalidOperationException("not asked again")));
    }

    [Fact]
    public void Clear_forgets_answers_and_failures()
    {
        var catalog = Catalog();
        catalog.Get("ok", _ => Task.FromResult(Two));
        catalog.Get("bad", _ => throw new InvalidOperationException());

        catalog.Clear();

        Assert.Equal(Two, catalog.Get("bad", _ => Task.FromResult(Two)));
        Assert.Empty(catalog.Get("ok", _ => Task.FromResult<IReadOnlyList<IdentityCenterInstance>>(Array.Empty<IdentityCenterInstance>())));
    }
}
