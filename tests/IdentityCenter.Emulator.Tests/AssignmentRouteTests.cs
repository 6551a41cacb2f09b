using System.Text.Json;

namespace IdentityCenter.Emulator.Tests;

/// <summary>Account assignments and provisioning: asynchronous requests, their statuses and the listings.</summary>
public sealed class AssignmentRouteTests : EmulatorTestBase
{
    private const string AssignmentsPath = SignedClient.InstancePath + "/account-assignments";
    private static readonly string Alice = EmulatorDefaults.Users[0].Id;
    private static readonly string Operators = EmulatorDefaults.Groups[0].Id;
    private static readonly string Member = EmulatorDefaults.MemberAccountIds[0];

    private readonly FixedTimeProvider _clock = new(DateTimeOffset.UtcNow);

    protected override EmulatorOptions CreateOptions() => new() { TimeProvider = _clock, AsyncDelay = TimeSpan.FromSeconds(2) };

    [Fact]
    public async Task Creation_is_in_progress_until_the_delay_passes_then_succeeds_and_is_listed()
    {
        string ps = await Client.CreatePermissionSetIdAsync("Assigned");

        ApiReply created = await CreateAsync(ps, "USER", Alice, Member);

        Assert.Equal(200, created.Status);
        JsonElement status = created.Json.GetProperty("account_assignment_creation_status");
        string requestId = status.GetProperty("request_id").GetString()!;
        Assert.True(Guid.TryParse(requestId, out _), requestId);
        Assert.Equal("IN_PROGRESS", status.GetProperty("status").GetString());
        Assert.Equal(ps, status.GetProperty("permission_set_id").GetString());
        Assert.Equal(Alice, status.GetProperty("principal_id").GetString());
        Assert.Equal("USER", status.GetProperty("principal_type").GetString());
        Assert.Equal(Member, status.GetProperty("target_id").GetString());
        Assert.Equal("ACCOUNT", status.GetProperty("target_type").GetString());
        Assert.Equal(_clock.Now.ToUnixTimeMilliseconds(), status.GetProperty("created_date").GetInt64());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("failure_reason").ValueKind);
        Assert.Empty(await AssignmentsForAccountAsync(Member));

        _clock.Now += TimeSpan.FromSeconds(1);
        Assert.Equal("IN_PROGRESS", await CreationStatusAsync(requestId));

        _clock.Now += TimeSpan.FromSeconds(1);
        Assert.Equal("SUCCEEDED", await CreationStatusAsync(requestId));
        JsonElement assignment = Assert.Single(await AssignmentsForAccountAsync(Member));
        Assert.Equal(Member, assignment.GetProperty("account_id").GetString());
        Assert.Equal(ps, assignment.GetProperty("permission_set_id").GetString());
        Assert.Equal(Alice, assignment.GetProperty("principal_id").GetString());
        Assert.Equal("USER", assignment.GetProperty("principal_type").GetString());
    }

    [Fact]
    public async Task Duplicate_assignment_is_409_while_pending_and_after_success()
    {
        string ps = await Client.CreatePermissionSetIdAsync("Dup");
        Assert.Equal(200, (await CreateAsync(ps, "GROUP", Operators, Member)).Status);

        ApiReply pending = await CreateAsync(ps, "GROUP", Operators, Member);
        Assert.Equal(409, pending.Status);
        Assert.Equal("IdentityCenter.1007", pending.ErrorCode);

        _clock.Now += TimeSpan.FromSeconds(5);
        ApiReply done = await CreateAsync(ps, "GROUP", Operators, Member);
        Assert.Equal(409, done.Status);
        Assert.Contains("already exists", done.ErrorMessage, StringComparison.Ordinal);

        Assert.Equal(200, (await CreateAsync(ps, "GROUP", Operators, EmulatorDefaults.DomainId)).Status);
        Assert.Equal(200, (await CreateAsync(ps, "USER", Alice, Member)).Status);
    }

    [Fact]
    public async Task Deletion_removes_the_assignment_when_it_settles()
    {
        string ps = await Client.CreatePermissionSetIdAsync("Deleted");
        await CreateAsync(ps, "USER", Alice, Member);
        _clock.Now += TimeSpan.FromSeconds(5);

        ApiReply deleted = await Client.PostJsonAsync(AssignmentsPath + "/delete", Body(ps, "USER", Alice, Member));
        Assert.Equal(200, deleted.Status);
        JsonElement status = deleted.Json.GetProperty("account_assignment_deletion_status");
        Assert.Equal("IN_PROGRESS", status.GetProperty("status").GetString());
        string requestId = status.GetProperty("request_id").GetString()!;
        Assert.Single(await AssignmentsForAccountAsync(Member));
        Assert.Equal(409, (await Client.PostJsonAsync(AssignmentsPath + "/delete", Body(ps, "USER", Alice, Member))).Status);

        _clock.Now += TimeSpan.FromSeconds(5);
        ApiReply described = await Client.GetAsync(AssignmentsPath + "/deletion-status/" + requestId);
        Assert.Equal("SUCCEEDED", described.Json.GetProperty("account_assignment_deletion_status").GetProperty("status").GetString());
        Assert.Empty(await AssignmentsForAccountAsync(Member));

        ApiReply again = await Client.PostJsonAsync(AssignmentsPath + "/delete", Body(ps, "USER", Alice, Member));
        Assert.Equal(404, again.Status);
        Assert.Equal(404, (await Client.GetAsync(AssignmentsPath + "/creation-status/" + requestId)).Status);
    }

    [Fact]
    public async Task Fail_fault_ends_the_request_failed_with_its_reason_and_changes_nothing()
    {
        string ps = await Client.CreatePermissionSetIdAsync("Failing");
        ApiReply fault = await Client.AdminAsync(HttpMethod.Post, "_emulator/faults", "{\"operation\":\"CreateAccountAssignment\",\"count\":1,\"fail\":\"The account is suspended.\"}");
        Assert.Equal(200, fault.Status);

        ApiReply created = await CreateAsync(ps, "USER", Alice, Member);
        Assert.Equal(200, created.Status);
        string requestId = created.Json.GetProperty("account_assignment_creation_status").GetProperty("request_id").GetString()!;
        _clock.Now += TimeSpan.FromSeconds(5);

        JsonElement status = (await Client.GetAsync(AssignmentsPath + "/creation-status/" + requestId)).Json.GetProperty("account_assignment_creation_status");
        Assert.Equal("FAILED", status.GetProperty("status").GetString());
        Assert.Equal("The account is suspended.", status.GetProperty("failure_reason").GetString());
        Assert.Empty(await AssignmentsForAccountAsync(Member));

        ApiReply failedOnly = await Client.GetAsync(AssignmentsPath + "/creation-statuses?status=FAILED");
        Assert.Equal(requestId, Assert.Single(failedOnly.Json.GetProperty("account_assignments_creation_status").EnumerateArray()).GetProperty("request_id").GetString());
        Assert.Equal(200, (await CreateAsync(ps, "USER", Alice, Member)).Status);
    }

    [Fact]
    public async Task Status_listings_filter_by_status_and_page()
    {
        string ps = await Client.CreatePermissionSetIdAsync("Statuses");
        await CreateAsync(ps, "USER", Alice, Member);
        _clock.Now += TimeSpan.FromSeconds(5);
        await CreateAsync(ps, "USER", Alice, EmulatorDefaults.DomainId);
        await CreateAsync(ps, "GROUP", Operators, Member);

        ApiReply all = await Client.GetAsync(AssignmentsPath + "/creation-statuses?limit=2");
        JsonElement[] first = all.Json.GetProperty("account_assignments_creation_status").EnumerateArray().ToArray();
        Assert.Equal(2, first.Length);
        Assert.All(first, s => Assert.True(s.GetProperty("created_date").GetInt64() > 0));
        string marker = all.Json.GetProperty("page_info").GetProperty("next_marker").GetString()!;
        ApiReply rest = await Client.GetAsync(AssignmentsPath + "/creation-statuses?limit=2&marker=" + marker);
        Assert.Single(rest.Json.GetProperty("account_assignments_creation_status").EnumerateArray());

        Assert.Single((await Client.GetAsync(AssignmentsPath + "/creation-statuses?status=SUCCEEDED")).Json.GetProperty("account_assignments_creation_status").EnumerateArray());
        Assert.Equal(2, (await Client.GetAsync(AssignmentsPath + "/creation-statuses?status=IN_PROGRESS")).Json.GetProperty("account_assignments_creation_status").GetArrayLength());
        Assert.Empty((await Client.GetAsync(AssignmentsPath + "/deletion-statuses")).Json.GetProperty("account_assignments_deletion_status").EnumerateArray());
        ApiReply bad = await Client.GetAsync(AssignmentsPath + "/creation-statuses?status=DONE");
        Assert.Equal(400, bad.Status);
        Assert.Contains("status must be one of IN_PROGRESS, SUCCEEDED, FAILED, got 'DONE'", bad.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listings_by_account_with_set_filter_and_by_principal()
    {
        string a = await Client.CreatePermissionSetIdAsync("A");
        string b = await Client.CreatePermissionSetIdAsync("B");
        await CreateAsync(a, "USER", Alice, Member);
        await CreateAsync(b, "USER", Alice, Member);
        await CreateAsync(a, "USER", Alice, EmulatorDefaults.DomainId);
        await CreateAsync(a, "GROUP", Operators, Member);
        _clock.Now += TimeSpan.FromSeconds(5);

        Assert.Equal(3, (await AssignmentsForAccountAsync(Member)).Length);
        ApiReply filtered = await Client.GetAsync(SignedClient.InstancePath + "/account-assignments?account_id=" + Member + "&permission_set_id=" + b);
        Assert.Equal(b, Assert.Single(filtered.Json.GetProperty("account_assignments").EnumerateArray()).GetProperty("permission_set_id").GetString());

        ApiReply forAlice = await Client.GetAsync(SignedClient.InstancePath + "/account-assignments-for-principals?principal_id=" + Alice + "&principal_type=USER");
        Assert.Equal(3, forAlice.Json.GetProperty("account_assignments").GetArrayLength());
        ApiReply forAliceInMember = await Client.GetAsync(SignedClient.InstancePath + "/account-assignments-for-principals?principal_id=" + Alice + "&principal_type=USER&account_id=" + Member + "&limit=1");
        Assert.Single(forAliceInMember.Json.GetProperty("account_assignments").EnumerateArray());
        Assert.NotEqual(JsonValueKind.Null, forAliceInMember.Json.GetProperty("page_info").GetProperty("next_marker").ValueKind);

        ApiReply noAccount = await Client.GetAsync(SignedClient.InstancePath + "/account-assignments");
        Assert.Equal(400, noAccount.Status);
        Assert.Contains("account_id is required", noAccount.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(400, (await Client.GetAsync(SignedClient.InstancePath + "/account-assignments-for-principals?principal_id=" + Alice)).Status);
    }

    [Theory]
    [InlineData("permission_set_id", null, "permission_set_id is required")]
    [InlineData("principal_type", "ROLE", "principal_type must be one of USER, GROUP, got 'ROLE'")]
    [InlineData("target_type", "ORGANIZATION", "target_type must be one of ACCOUNT, got 'ORGANIZATION'")]
    [InlineData("principal_id", null, "principal_id is required")]
    [InlineData("target_id", null, "target_id is required")]
    public async Task Bad_assignment_body_is_400_naming_the_field(string field, string? value, string message)
    {
        string ps = await Client.CreatePermissionSetIdAsync("Bad");
        var body = new Dictionary<string, string?> { ["permission_set_id"] = ps, ["principal_id"] = Alice, ["principal_type"] = "USER", ["target_id"] = Member, ["target_type"] = "ACCOUNT" };
        body[field] = value;

        ApiReply reply = await Client.PostJsonAsync(AssignmentsPath + "/create", body);

        Assert.Equal(400, reply.Status);
        Assert.Contains(message, reply.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(Server.State.GetInstances().Single().Requests);
    }

    [Fact]
    public async Task Unknown_set_account_or_principal_is_404()
    {
        string ps = await Client.CreatePermissionSetIdAsync("Known");

        ApiReply noSet = await CreateAsync("ps-0000000000000000", "USER", Alice, Member);
        Assert.Equal(404, noSet.Status);
        Assert.Equal("IdentityCenter.1205", noSet.ErrorCode);
        ApiReply noAccount = await CreateAsync(ps, "USER", Alice, "f0000000000000000000000000000009");
        Assert.Equal(404, noAccount.Status);
        Assert.Contains("Account f0000000000000000000000000000009", noAccount.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(404, (await CreateAsync(ps, "GROUP", Alice, Member)).Status);
        Assert.Equal(404, (await Client.GetAsync(AssignmentsPath + "/creation-status/" + Guid.NewGuid())).Status);
    }

    [Fact]
    public async Task Assigned_permission_set_cannot_be_deleted()
    {
        string ps = await Client.CreatePermissionSetIdAsync("InUse");
        await CreateAsync(ps, "USER", Alice, Member);

        ApiReply refused = await Client.DeleteAsync(SignedClient.PermissionSetsPath + "/" + ps);

        Assert.Equal(409, refused.Status);
        Assert.Equal("IdentityCenter.1007", refused.ErrorCode);
        Assert.NotNull(Server.State.FindPermissionSet(EmulatorDefaults.InstanceId, ps));
    }

    [Fact]
    public async Task Assignment_provisions_the_set_to_its_account()
    {
        string ps = await Client.CreatePermissionSetIdAsync("Provisioned");
        await CreateAsync(ps, "USER", Alice, Member);
        _clock.Now += TimeSpan.FromSeconds(5);

        ApiReply accounts = await Client.GetAsync(SignedClient.PermissionSetsPath + "/" + ps + "/accounts");
        Assert.Equal(new[] { Member }, accounts.Json.GetProperty("account_ids").EnumerateArray().Select(a => a.GetString()));
        ApiReply sets = await Client.GetAsync(SignedClient.PermissionSetsPath + "/provisioned-to-accounts?account_id=" + Member);
        Assert.Equal(new[] { ps }, sets.Json.GetProperty("permission_sets").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Provisioning_to_one_account_then_to_all_provisioned_accounts()
    {
        string ps = await Client.CreatePermissionSetIdAsync("Push");
        string path = SignedClient.PermissionSetsPath + "/" + ps;

        ApiReply one = await Client.PostJsonAsync(path + "/provision", new { target_type = "ACCOUNT", target_id = Member });
        Assert.Equal(200, one.Status);
        JsonElement status = one.Json.GetProperty("permission_set_provisioning_status");
        Assert.Equal("IN_PROGRESS", status.GetProperty("status").GetString());
        Assert.Equal(Member, status.GetProperty("account_id").GetString());
        Assert.Equal(ps, status.GetProperty("permission_set_id").GetString());
        Assert.Equal(JsonValueKind.String, status.GetProperty("created_date").ValueKind);
        Assert.Equal(_clock.Now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), status.GetProperty("created_date").GetString());
        string requestId = status.GetProperty("request_id").GetString()!;
        Assert.Empty((await Client.GetAsync(path + "/accounts")).Json.GetProperty("account_ids").EnumerateArray());

        _clock.Now += TimeSpan.FromSeconds(5);
        ApiReply described = await Client.GetAsync(SignedClient.PermissionSetsPath + "/provisioning-status/" + requestId);
        Assert.Equal("SUCCEEDED", described.Json.GetProperty("permission_set_provisioning_status").GetProperty("status").GetString());
        Assert.Equal(new[] { Member }, (await Client.GetAsync(path + "/accounts")).Json.GetProperty("account_ids").EnumerateArray().Select(a => a.GetString()));

        Assert.Equal(200, (await Client.PutJsonAsync(path, new { description = "changed" })).Status);
        ApiReply stale = await Client.GetAsync(SignedClient.PermissionSetsPath + "/provisioned-to-accounts?account_id=" + Member + "&provisioning_status=LATEST_PERMISSION_SET_NOT_PROVISIONED");
        Assert.Equal(new[] { ps }, stale.Json.GetProperty("permission_sets").EnumerateArray().Select(a => a.GetString()));

        ApiReply all = await Client.PostJsonAsync(path + "/provision", new { target_type = "ALL_PROVISIONED_ACCOUNTS" });
        Assert.Equal(JsonValueKind.Null, all.Json.GetProperty("permission_set_provisioning_status").GetProperty("account_id").ValueKind);
        _clock.Now += TimeSpan.FromSeconds(5);
        ApiReply latest = await Client.GetAsync(path + "/accounts?provisioning_status=LATEST_PERMISSION_SET_PROVISIONED");
        Assert.Equal(new[] { Member }, latest.Json.GetProperty("account_ids").EnumerateArray().Select(a => a.GetString()));

        ApiReply list = await Client.GetAsync(SignedClient.PermissionSetsPath + "/provisioning-statuses");
        JsonElement[] statuses = list.Json.GetProperty("permission_sets_provisioning_status").EnumerateArray().ToArray();
        Assert.Equal(2, statuses.Length);
        Assert.All(statuses, s => Assert.Equal(JsonValueKind.Number, s.GetProperty("created_date").ValueKind));
        Assert.Equal(2, (await Client.GetAsync(SignedClient.PermissionSetsPath + "/provisioning-statuses?status=SUCCEEDED")).Json.GetProperty("permission_sets_provisioning_status").GetArrayLength());
    }

    [Fact]
    public async Task Provisioning_fail_fault_reports_failure_reason()
    {
        string ps = await Client.CreatePermissionSetIdAsync("PushFails");
        Server.Faults.Add(new FaultRule { Operation = EmulatorOperation.ProvisionPermissionSet, Count = 1, Fail = "Quota of the account exceeded." });

        ApiReply started = await Client.PostJsonAsync(SignedClient.PermissionSetsPath + "/" + ps + "/provision", new { target_type = "ACCOUNT", target_id = Member });
        string requestId = started.Json.GetProperty("permission_set_provisioning_status").GetProperty("request_id").GetString()!;
        _clock.Now += TimeSpan.FromSeconds(5);

        JsonElement status = (await Client.GetAsync(SignedClient.PermissionSetsPath + "/provisioning-status/" + requestId)).Json.GetProperty("permission_set_provisioning_status");
        Assert.Equal("FAILED", status.GetProperty("status").GetString());
        Assert.Equal("Quota of the account exceeded.", status.GetProperty("failure_reason").GetString());
        Assert.Empty((await Client.GetAsync(SignedClient.PermissionSetsPath + "/" + ps + "/accounts")).Json.GetProperty("account_ids").EnumerateArray());
    }

    [Theory]
    [InlineData("{}", "target_type is required")]
    [InlineData("{\"target_type\":\"ACCOUNT\"}", "target_id is required")]
    [InlineData("{\"target_type\":\"EVERYWHERE\"}", "target_type must be one of ACCOUNT, ALL_PROVISIONED_ACCOUNTS")]
    [InlineData("{\"target_type\":\"ALL_PROVISIONED_ACCOUNTS\",\"target_id\":\"x\"}", "target_id must be absent")]
    public async Task Bad_provision_body_is_400(string body, string message)
    {
        string ps = await Client.CreatePermissionSetIdAsync("BadPush");

        ApiReply reply = await Client.SendAsync(HttpMethod.Post, SignedClient.PermissionSetsPath + "/" + ps + "/provision", body);

        Assert.Equal(400, reply.Status);
        Assert.Contains(message, reply.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provisioning_listings_check_their_query()
    {
        string ps = await Client.CreatePermissionSetIdAsync("Queries");

        Assert.Equal(400, (await Client.GetAsync(SignedClient.PermissionSetsPath + "/provisioned-to-accounts")).Status);
        Assert.Equal(404, (await Client.GetAsync(SignedClient.PermissionSetsPath + "/provisioned-to-accounts?account_id=nobody")).Status);
        ApiReply bad = await Client.GetAsync(SignedClient.PermissionSetsPath + "/" + ps + "/accounts?provisioning_status=LATEST");
        Assert.Equal(400, bad.Status);
        Assert.Contains("provisioning_status must be one of LATEST_PERMISSION_SET_PROVISIONED, LATEST_PERMISSION_SET_NOT_PROVISIONED", bad.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(404, (await Client.GetAsync(SignedClient.PermissionSetsPath + "/provisioning-status/" + Guid.NewGuid())).Status);
    }

    [Fact]
    public async Task Default_accounts_users_and_groups_are_in_the_state_view()
    {
        ApiReply state = await Client.AdminAsync(HttpMethod.Get, "_emulator/state");

        Assert.Equal(new[] { EmulatorDefaults.DomainId }.Concat(EmulatorDefaults.MemberAccountIds), state.Json.GetProperty("accounts").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("alice", state.Json.GetProperty("users")[0].GetProperty("name").GetString());
        Assert.Equal(Operators, state.Json.GetProperty("groups")[0].GetProperty("id").GetString());
        Assert.Equal(SystemPolicyCatalogue.IdentityPolicies.Count, state.Json.GetProperty("managedPolicies").GetArrayLength());
    }

    private static object Body(string ps, string type, string principal, string account) =>
        new { permission_set_id = ps, principal_id = principal, principal_type = type, target_id = account, target_type = "ACCOUNT" };

    private Task<ApiReply> CreateAsync(string ps, string type, string principal, string account) =>
        Client.PostJsonAsync(AssignmentsPath + "/create", Body(ps, type, principal, account));

    private async Task<string> CreationStatusAsync(string requestId)
    {
        ApiReply reply = await Client.GetAsync(AssignmentsPath + "/creation-status/" + requestId);
        Assert.Equal(200, reply.Status);
        return reply.Json.GetProperty("account_assignment_creation_status").GetProperty("status").GetString()!;
    }

    private async Task<JsonElement[]> AssignmentsForAccountAsync(string account)
    {
        ApiReply reply = await Client.GetAsync(SignedClient.InstancePath + "/account-assignments?account_id=" + account);
        Assert.Equal(200, reply.Status);
        return reply.Json.GetProperty("account_assignments").EnumerateArray().ToArray();
    }
}
