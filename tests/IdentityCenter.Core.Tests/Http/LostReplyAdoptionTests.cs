using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Core.Tests.Http;

/// <summary>
/// A create whose first attempt got a 503 and whose retry met "name taken": the set holding the name is taken as this
/// call's only when it matches and was made while the attempts ran.
/// </summary>
public class LostReplyAdoptionTests
{
    private const string InstanceId = "ins-0123456789abcdef";
    private const string Taken = "{\"error_code\":\"IdentityCenter.1206\",\"error_msg\":\"permission set with same name exists\",\"request_id\":\"r-409\"}";

    private static CreatePermissionSetRequest Create(params PermissionSetTag[] tags)
    {
        var request = new CreatePermissionSetRequest { InstanceId = InstanceId, Name = "Ops", Description = "nightly" };
        foreach (var tag in tags)
        {
            request.Tags.Add(tag);
        }

        return request;
    }

    private static string Listed(string createdDate) =>
        "{\"permission_sets\":[{\"permission_set_id\":\"ps-00000000000000aa\",\"name\":\"Ops\",\"description\":\"nightly\"" + createdDate + "}],\"page_info\":{}}";

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    /// <summary>503 to the first create, 409 to the second, then the listing and tag replies given.</summary>
    private static CannedHttpServer Server(string listing, string? tags = null)
    {
        var creates = 0;
        return new CannedHttpServer(head =>
        {
            if (head.StartsWith("POST ", StringComparison.Ordinal))
            {
                return Interlocked.Increment(ref creates) == 1
                    ? CannedHttpServer.Reply(503, "Service Unavailable", "{\"error_code\":\"APIGW.0801\",\"error_msg\":\"busy\"}", "Retry-After: 0")
                    : CannedHttpServer.Reply(409, "Conflict", Taken);
            }

            if (head.Contains("/tags", StringComparison.Ordinal))
            {
                return tags == null
                    ? CannedHttpServer.Reply(404, "Not Found", "{\"error_code\":\"APIGW.0101\",\"error_msg\":\"API not found\"}")
                    : CannedHttpServer.Reply(200, "OK", tags);
            }

            return CannedHttpServer.Reply(200, "OK", listing);
        });
    }

    [Fact]
    public async Task A_set_that_existed_long_before_the_first_attempt_is_not_reported_as_created()
    {
        using var server = Server(Listed(",\"created_date\":1577836800000"));

        var error = await Assert.ThrowsAsync<IdcServiceException>(() => TestClients.For(server.BaseAddress).CreatePermissionSetAsync(Create()));

        Assert.Equal(ServiceErrorKind.NameTaken, error.Kind);
        Assert.Null(error.OutcomeUnknown);
        Assert.Contains("existed before this call's first attempt", error.Message);
        Assert.Contains("2020-01-01T00:00:00.000Z", error.Message);
    }

    [Fact]
    public async Task A_set_created_after_the_last_uncertain_attempt_is_another_callers()
    {
        using var server = Server(Listed(",\"created_date\":" + (Now() + (long)TimeSpan.FromHours(1).TotalMilliseconds)));

        var error = await Assert.ThrowsAsync<IdcServiceException>(() => TestClients.For(server.BaseAddress).CreatePermissionSetAsync(Create()));

        Assert.Null(error.OutcomeUnknown);
        Assert.Contains("another caller's", error.Message);
    }

    [Fact]
    public async Task A_matching_set_created_while_the_attempts_ran_is_returned_marked_as_adopted_with_a_warning()
    {
        using var server = Server(Listed(",\"created_date\":" + Now()));
        var sink = new RecordingSink();

        var created = await TestClients.For(server.BaseAddress, sink).CreatePermissionSetAsync(Create());

        Assert.Equal("ps-00000000000000aa", created.PermissionSetId);
        Assert.True(created.Adopted);
        Assert.Contains("cannot be ruled out", created.OutcomeNote);
        Assert.Contains(sink.Messages(IdcEventLevel.Warning), m => m.Contains("ps-00000000000000aa") && m.Contains("reply was lost"));
    }

    [Fact]
    public async Task A_set_without_a_creation_time_leaves_the_outcome_unknown_instead_of_being_adopted()
    {
        using var server = Server(Listed(string.Empty));

        var error = await Assert.ThrowsAsync<IdcServiceException>(() => TestClients.For(server.BaseAddress).CreatePermissionSetAsync(Create()));

        Assert.NotNull(error.OutcomeUnknown);
        Assert.Contains("no created_date", error.Message);
        Assert.Contains("may have been applied", error.Message);
    }

    [Fact]
    public async Task Tags_are_compared_too_and_other_tags_make_it_another_set()
    {
        using var server = Server(Listed(",\"created_date\":" + Now()), "{\"tags\":[{\"key\":\"team\",\"value\":\"other\"}],\"page_info\":{}}");

        var error = await Assert.ThrowsAsync<IdcServiceException>(() =>
            TestClients.For(server.BaseAddress).CreatePermissionSetAsync(Create(new PermissionSetTag("team", "ops"))));

        Assert.Null(error.OutcomeUnknown);
        Assert.Contains("other tags", error.Message);
        Assert.Contains(server.RequestHeads, h => h.StartsWith("GET /v1/instances/identitycenter%3Apermissionset/ps-00000000000000aa/tags", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Matching_tags_in_another_order_are_the_same_tags()
    {
        using var server = Server(
            Listed(",\"created_date\":" + Now()),
            "{\"tags\":[{\"key\":\"env\",\"value\":\"prod\"},{\"key\":\"team\",\"value\":\"ops\"}],\"page_info\":{}}");

        var created = await TestClients.For(server.BaseAddress).CreatePermissionSetAsync(Create(new PermissionSetTag("team", "ops"), new PermissionSetTag("env", "prod")));

        Assert.True(created.Adopted);
        Assert.DoesNotContain("tags could not be compared", created.OutcomeNote);
    }

    [Fact]
    public async Task Tags_that_cannot_be_read_are_named_in_the_note()
    {
        using var server = Server(Listed(",\"created_date\":" + Now()));

        var created = await TestClients.For(server.BaseAddress).CreatePermissionSetAsync(Create(new PermissionSetTag("team", "ops")));

        Assert.True(created.Adopted);
        Assert.Contains("tags could not be compared", created.OutcomeNote);
    }

    [Fact]
    public void The_clock_tolerance_bounds_the_window_on_both_sides()
    {
        var first = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
        var outcome = new OutcomeUnknown(["attempt 1: HTTP 503"], first, first.AddSeconds(2));

        Assert.Null(CreateAdoption.NotOurs(first - CreateAdoption.ClockTolerance, outcome));
        Assert.Null(CreateAdoption.NotOurs(first.AddSeconds(2) + CreateAdoption.ClockTolerance, outcome));
        Assert.NotNull(CreateAdoption.NotOurs(first - CreateAdoption.ClockTolerance - TimeSpan.FromMilliseconds(1), outcome));
        Assert.NotNull(CreateAdoption.NotOurs(first.AddSeconds(2) + CreateAdoption.ClockTolerance + TimeSpan.FromMilliseconds(1), outcome));
    }

    [Fact]
    public void Adoption_wants_exactly_the_tags_asked_for_while_create_or_get_only_names_those_that_differ()
    {
        IReadOnlyCollection<PermissionSetTag> held = [new PermissionSetTag("team", "ops"), new PermissionSetTag("added", "later")];
        List<PermissionSetTag> asked = [new PermissionSetTag("team", "ops")];

        Assert.False(CreateAdoption.TagsMatch(held, asked));
        Assert.Empty(CreateAdoption.TagDifferences(held, asked));
        Assert.Equal("Tag 'team' is 'ops', not 'dev'", Assert.Single(CreateAdoption.TagDifferences(held, [new PermissionSetTag("team", "dev")])).ToString());
    }

    [Fact]
    public void One_comparison_of_fields_serves_adoption_and_create_or_get()
    {
        var existing = new PermissionSet { Name = "Ops", Description = "theirs", SessionDuration = "PT1H" };
        var request = new CreatePermissionSetRequest { InstanceId = "ins-0123456789abcdef", Name = "Ops", Description = "mine" };

        Assert.Equal(["Description"], CreateAdoption.Differences(existing, request).Select(d => d.Field));
        Assert.False(CreateAdoption.FieldsMatch(existing, request));
        Assert.True(CreateAdoption.FieldsMatch(existing, new CreatePermissionSetRequest { InstanceId = request.InstanceId, Name = "Ops", Description = "theirs" }));
    }
}
