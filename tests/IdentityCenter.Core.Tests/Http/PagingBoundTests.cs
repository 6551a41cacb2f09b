using IdentityCenter.Core.Errors;

namespace IdentityCenter.Core.Tests.Http;

/// <summary>A listing's walk over pages ends even when the server's markers would not let it.</summary>
public class PagingBoundTests
{
    private const string InstanceId = "ins-0123456789abcdef";

    // Each page one set and a marker; after `pages` pages (a limit only so a walk that never stops cannot hang the test) none.
    private static CannedHttpServer Pages(Func<int, string> marker, int pages, int delayMs = 0)
    {
        var served = 0;
        return new CannedHttpServer(_ =>
        {
            var n = Interlocked.Increment(ref served);
            if (delayMs > 0)
            {
                Thread.Sleep(delayMs);
            }

            var next = n >= pages ? string.Empty : "\"next_marker\":\"" + marker(n) + "\"";
            return CannedHttpServer.Reply(200, "OK", "{\"permission_sets\":[{\"permission_set_id\":\"ps-" + n.ToString("D16") + "\",\"name\":\"s" + n + "\"}],\"page_info\":{" + next + "}}");
        });
    }

    [Fact]
    public async Task Markers_that_alternate_are_caught_as_a_loop()
    {
        using var server = Pages(n => n % 2 == 1 ? "marker-A" : "marker-B", pages: 60);

        var error = await Assert.ThrowsAsync<IdcTransportException>(() => TestClients.For(server.BaseAddress).ListPermissionSetsAsync(InstanceId));

        Assert.Contains("'marker-A'", error.Message);
        Assert.Contains("second time", error.Message);
        Assert.Equal(3, server.Requests);
    }

    [Fact]
    public async Task A_walk_of_ever_new_markers_stops_at_the_page_limit()
    {
        using var server = Pages(n => "marker-" + n, pages: PageCursor.MaxPages + 50);

        var error = await Assert.ThrowsAsync<IdcTransportException>(() => TestClients.For(server.BaseAddress).ListPermissionSetsAsync(InstanceId));

        Assert.Contains(PageCursor.MaxPages + " pages", error.Message);
        Assert.Equal(PageCursor.MaxPages, server.Requests);
    }

    [Fact]
    public async Task The_total_time_limit_covers_every_page_of_the_walk_not_each_page()
    {
        using var server = Pages(n => "marker-" + n, pages: 40, delayMs: 100);
        var retry = TestClients.FastRetry();
        retry.TotalTimeout = TimeSpan.FromMilliseconds(600);
        retry.AttemptTimeout = TimeSpan.FromMilliseconds(600);

        var error = await Assert.ThrowsAsync<IdcTransportException>(() => TestClients.For(server.BaseAddress, retry: retry).ListPermissionSetsAsync(InstanceId));

        Assert.Contains("total time limit", error.Message);
        Assert.True(server.Requests < 40, $"{server.Requests} pages were read");
    }

    [Fact]
    public async Task A_listing_that_ends_returns_every_page()
    {
        using var server = Pages(n => "marker-" + n, pages: 5);

        var sets = await TestClients.For(server.BaseAddress).ListPermissionSetsAsync(InstanceId);

        Assert.Equal(5, sets.Count);
    }

    [Fact]
    public async Task A_listing_read_a_page_at_a_time_catches_alternating_markers_across_its_pages()
    {
        using var server = Pages(n => n % 2 == 1 ? "marker-A" : "marker-B", pages: 60);
        var listing = TestClients.For(server.BaseAddress).ListPermissionSetPages(InstanceId);

        await listing.NextPageAsync();
        await listing.NextPageAsync();
        var error = await Assert.ThrowsAsync<IdcTransportException>(() => listing.NextPageAsync());

        Assert.Contains("'marker-A'", error.Message);
        Assert.False(listing.IsComplete);
        Assert.Equal(3, server.Requests);
    }

    [Fact]
    public async Task A_complete_listing_has_no_next_page_and_sends_nothing_more()
    {
        using var server = Pages(n => "marker-" + n, pages: 1);
        var listing = TestClients.For(server.BaseAddress).ListPermissionSetPages(InstanceId);

        Assert.Single(await listing.NextPageAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => listing.NextPageAsync());

        Assert.True(listing.IsComplete);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public void A_paused_deadline_does_not_run_down_while_the_caller_holds_a_page()
    {
        var deadline = new IdentityCenter.Core.Http.CallDeadline(TimeSpan.FromMinutes(1));
        deadline.Pause();
        var before = deadline.Remaining;
        Thread.Sleep(20);

        Assert.Equal(before, deadline.Remaining);
    }
}
