using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Core.Tests.Http;

/// <summary>A failed change whose earlier attempt may have reached the service says so; a failed read never does.</summary>
public class OutcomeUnknownTests
{
    private static readonly PutCustomPolicyRequest Put = new() { InstanceId = "ins-0123456789abcdef", PermissionSetId = "ps-0000000000000001", Policy = "{}" };

    private static byte[] Throttled() => CannedHttpServer.Reply(429, "Too Many Requests", "{\"error_code\":\"APIGW.0308\",\"error_msg\":\"throttled\"}", "Retry-After: 0");

    [Fact]
    public async Task A_dropped_reply_then_throttling_until_attempts_run_out_says_the_change_may_have_been_applied()
    {
        var served = 0;
        using var server = new CannedHttpServer(_ => Interlocked.Increment(ref served) == 1 ? null : Throttled());

        var error = await Assert.ThrowsAsync<IdcServiceException>(() => TestClients.For(server.BaseAddress).PutCustomPolicyAsync(Put));

        Assert.Equal(ServiceErrorKind.Throttled, error.Kind);
        var outcome = Assert.IsType<OutcomeUnknown>(error.OutcomeUnknown);
        Assert.Equal(["attempt 1: the connection failed without a reply"], outcome.Attempts);
        Assert.Contains("The change may have been applied: attempt 1", error.Message);
    }

    [Fact]
    public async Task Throttling_alone_leaves_no_doubt()
    {
        using var server = new CannedHttpServer(Throttled);

        var error = await Assert.ThrowsAsync<IdcServiceException>(() => TestClients.For(server.BaseAddress).PutCustomPolicyAsync(Put));

        Assert.Null(error.OutcomeUnknown);
        Assert.DoesNotContain("may have been applied", error.Message);
    }

    [Fact]
    public async Task A_read_is_never_of_unknown_outcome()
    {
        using var server = new CannedHttpServer(() => null);

        var error = await Assert.ThrowsAsync<IdcTransportException>(() => TestClients.For(server.BaseAddress).ListInstancesAsync());

        Assert.Null(error.OutcomeUnknown);
    }

    [Fact]
    public async Task A_change_whose_every_attempt_lost_its_reply_names_each_of_them()
    {
        using var server = new CannedHttpServer(() => null);

        var error = await Assert.ThrowsAsync<IdcTransportException>(() => TestClients.For(server.BaseAddress).PutCustomPolicyAsync(Put));

        Assert.Equal(3, error.OutcomeUnknown!.Attempts.Count);
        Assert.Contains("may have been applied", error.Message);
    }

    [Fact]
    public async Task A_success_reply_without_the_permission_set_id_is_a_protocol_error_that_says_the_set_was_probably_made()
    {
        using var server = new CannedHttpServer(() => CannedHttpServer.Reply(201, "Created", "{\"permission_set\":{\"name\":\"Ops\",\"created_date\":0}}"));

        var error = await Assert.ThrowsAsync<IdcTransportException>(() =>
            TestClients.For(server.BaseAddress).CreatePermissionSetAsync(new CreatePermissionSetRequest { InstanceId = "ins-0123456789abcdef", Name = "Ops" }));

        Assert.Contains("permission_set_id", error.Message);
        Assert.Contains("protocol error", error.Message);
        Assert.NotNull(error.OutcomeUnknown);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_listing_item_without_its_required_fields_is_refused()
    {
        using var server = new CannedHttpServer(() => CannedHttpServer.Reply(200, "OK", "{\"permission_sets\":[{\"name\":\"x\"}],\"page_info\":{}}"));

        var error = await Assert.ThrowsAsync<IdcTransportException>(() => TestClients.For(server.BaseAddress).ListPermissionSetsAsync("ins-0123456789abcdef"));

        Assert.Contains("permission_set_id", error.Message);
    }
}
