using System.Text.Json;

namespace IdentityCenter.Emulator.Tests;

/// <summary>
/// Every operation added after the first release takes faults by its name through /_emulator/faults, and
/// every changing one honours drop before (nothing changes) and drop after (the change is committed).
/// </summary>
public sealed class NewOperationFaultTests : EmulatorTestBase
{
    private static readonly string Alice = EmulatorDefaults.Users[0].Id;
    private static readonly string Bob = EmulatorDefaults.Users[1].Id;
    private static readonly string Member = EmulatorDefaults.MemberAccountIds[0];
    private const string PolicyId = "5e1f0000000000000000000000000001";
    private const string OtherPolicyId = "5e1f0000000000000000000000000002";
    private const string RoleId = "7b2e0000000000000000000000000001";
    private const string OtherRoleId = "7b2e0000000000000000000000000002";

    public static TheoryData<string> ReadOperations => new()
    {
        "GetCustomRole", "ListManagedPolicies", "ListManagedRoles", "ListTags",
        "GetAccountAssignmentCreationStatus", "GetAccountAssignmentDeletionStatus",
        "ListAccountAssignmentCreationStatus", "ListAccountAssignmentDeletionStatus",
        "ListAccountAssignments", "ListAccountAssignmentsForPrincipal",
        "GetProvisioningStatus", "ListProvisioningStatus",
        "ListAccountsForProvisionedPermissionSet", "ListPermissionSetsProvisionedToAccount",
    };

    public static TheoryData<string> ChangingOperations => new()
    {
        "PutCustomRole", "DeleteCustomRole", "AttachManagedPolicy", "DetachManagedPolicy",
        "AttachManagedRole", "DetachManagedRole", "CreateTags", "DeleteTags",
        "CreateAccountAssignment", "DeleteAccountAssignment", "ProvisionPermissionSet",
    };

    [Theory]
    [MemberData(nameof(ReadOperations))]
    [MemberData(nameof(ChangingOperations))]
    public async Task Status_fault_by_name_answers_once_then_the_operation_works(string operation)
    {
        Seeded seeded = await SeedAsync();
        Assert.Equal(200, (await Client.AdminAsync(HttpMethod.Post, "_emulator/faults", $"{{\"operation\":\"{operation}\",\"count\":1,\"status\":503}}")).Status);

        ApiReply faulted = await SendAsync(operation, seeded);
        ApiReply normal = await SendAsync(operation, seeded);

        Assert.Equal(503, faulted.Status);
        Assert.Equal("APIGW.0801", faulted.ErrorCode);
        Assert.True(normal.Status == 200, operation + ": " + normal);
        Assert.NotNull(await Server.RequestLog.WaitForAsync(e => e.StatusCode == 503 && e.Operation.ToString() == operation, TimeSpan.FromSeconds(10)));
    }

    [Theory]
    [MemberData(nameof(ChangingOperations))]
    public async Task Drop_before_changes_nothing(string operation)
    {
        Seeded seeded = await SeedAsync();
        string before = Fingerprint();
        Server.Faults.Add(new FaultRule { Operation = Enum.Parse<EmulatorOperation>(operation), Count = 1, Drop = FaultDrop.Before });

        using var fresh = new SignedClient(Server);
        await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync(operation, seeded, fresh));

        Assert.Equal(before, Fingerprint());
        Assert.NotNull(await Server.RequestLog.WaitForAsync(e => e.Outcome == RequestOutcome.Dropped && e.Operation.ToString() == operation, TimeSpan.FromSeconds(10)));
    }

    [Theory]
    [MemberData(nameof(ChangingOperations))]
    public async Task Drop_after_commits_the_change(string operation)
    {
        Seeded seeded = await SeedAsync();
        string before = Fingerprint();
        Server.Faults.Add(new FaultRule { Operation = Enum.Parse<EmulatorOperation>(operation), Count = 1, Drop = FaultDrop.After });

        using var fresh = new SignedClient(Server);
        await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync(operation, seeded, fresh));

        Assert.NotEqual(before, Fingerprint());
        Assert.NotNull(await Server.RequestLog.WaitForAsync(e => e.Outcome == RequestOutcome.Dropped && e.Operation.ToString() == operation, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Fail_fault_for_a_synchronous_operation_is_refused()
    {
        ApiReply reply = await Client.AdminAsync(HttpMethod.Post, "_emulator/faults", "{\"operation\":\"AttachManagedPolicy\",\"fail\":\"no\"}");

        Assert.Equal(400, reply.Status);
        Assert.Contains("fail applies only to asynchronous operations", reply.ErrorMessage, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreateAccountAssignment, Fail = "x", Status = 500 }));
    }

    [Fact]
    public async Task Wildcard_fail_fault_waits_for_an_asynchronous_operation()
    {
        Seeded seeded = await SeedAsync();
        Server.Faults.Add(new FaultRule { Count = 1, Fail = "Injected failure." });

        Assert.Equal(200, (await SendAsync("ListTags", seeded)).Status);
        ApiReply provisioned = await SendAsync("ProvisionPermissionSet", seeded);
        string requestId = provisioned.Json.GetProperty("permission_set_provisioning_status").GetProperty("request_id").GetString()!;

        ApiReply status = await Client.GetAsync(SignedClient.PermissionSetsPath + "/provisioning-status/" + requestId);
        Assert.Equal("Injected failure.", status.Json.GetProperty("permission_set_provisioning_status").GetProperty("failure_reason").GetString());
        Assert.Empty(Server.Faults.List());
    }

    private sealed record Seeded(string PermissionSetId, string CreationRequestId, string DeletionRequestId, string ProvisioningRequestId);

    /// <summary>A set with a custom role, a policy, a role and a tag; alice assigned in the member account; bob's assignment deleted.</summary>
    private async Task<Seeded> SeedAsync()
    {
        string ps = await Client.CreatePermissionSetIdAsync("Seeded");
        string path = SignedClient.PermissionSetsPath + "/" + ps;
        Assert.Equal(200, (await Client.PutJsonAsync(path + "/custom-role", new { custom_role = "{\"Version\":\"1.1\"}" })).Status);
        Assert.Equal(200, (await Client.PostJsonAsync(path + "/attach-managed-policy", new { managed_policy_id = PolicyId })).Status);
        Assert.Equal(200, (await Client.PostJsonAsync(path + "/attach-managed-role", new { managed_role_id = RoleId })).Status);
        Assert.Equal(200, (await Client.PostJsonAsync(TagsPath(ps) + "/create", new { tags = new[] { new { key = "env", value = "dev" } } })).Status);
        ApiReply created = await Client.PostJsonAsync(SignedClient.InstancePath + "/account-assignments/create", Assignment(ps, Alice));
        Assert.Equal(200, (await Client.PostJsonAsync(SignedClient.InstancePath + "/account-assignments/create", Assignment(ps, Bob))).Status);
        ApiReply deleted = await Client.PostJsonAsync(SignedClient.InstancePath + "/account-assignments/delete", Assignment(ps, Bob));
        ApiReply provisioned = await Client.PostJsonAsync(path + "/provision", new { target_type = "ACCOUNT", target_id = Member });
        return new Seeded(
            ps,
            created.Json.GetProperty("account_assignment_creation_status").GetProperty("request_id").GetString()!,
            deleted.Json.GetProperty("account_assignment_deletion_status").GetProperty("request_id").GetString()!,
            provisioned.Json.GetProperty("permission_set_provisioning_status").GetProperty("request_id").GetString()!);
    }

    private Task<ApiReply> SendAsync(string operation, Seeded s, SignedClient? client = null)
    {
        SignedClient c = client ?? Client;
        string set = SignedClient.PermissionSetsPath + "/" + s.PermissionSetId;
        string assignments = SignedClient.InstancePath + "/account-assignments";
        return operation switch
        {
            "GetCustomRole" => c.GetAsync(set + "/custom-role"),
            "PutCustomRole" => c.PutJsonAsync(set + "/custom-role", new { custom_role = "{\"Version\":\"1.1\",\"Statement\":[]}" }),
            "DeleteCustomRole" => c.DeleteAsync(set + "/custom-role"),
            "AttachManagedPolicy" => c.PostJsonAsync(set + "/attach-managed-policy", new { managed_policy_id = OtherPolicyId }),
            "DetachManagedPolicy" => c.PostJsonAsync(set + "/detach-managed-policy", new { managed_policy_id = PolicyId }),
            "ListManagedPolicies" => c.GetAsync(set + "/managed-policies"),
            "AttachManagedRole" => c.PostJsonAsync(set + "/attach-managed-role", new { managed_role_id = OtherRoleId }),
            "DetachManagedRole" => c.PostJsonAsync(set + "/detach-managed-role", new { managed_role_id = RoleId }),
            "ListManagedRoles" => c.GetAsync(set + "/managed-roles"),
            "ListTags" => c.GetAsync(TagsPath(s.PermissionSetId)),
            "CreateTags" => c.PostJsonAsync(TagsPath(s.PermissionSetId) + "/create", new { tags = new[] { new { key = "team", value = "core" } } }),
            "DeleteTags" => c.PostJsonAsync(TagsPath(s.PermissionSetId) + "/delete", new { tags = new[] { new { key = "env" } } }),
            "CreateAccountAssignment" => c.PostJsonAsync(assignments + "/create", Assignment(s.PermissionSetId, Alice, EmulatorDefaults.DomainId)),
            "DeleteAccountAssignment" => c.PostJsonAsync(assignments + "/delete", Assignment(s.PermissionSetId, Alice)),
            "GetAccountAssignmentCreationStatus" => c.GetAsync(assignments + "/creation-status/" + s.CreationRequestId),
            "GetAccountAssignmentDeletionStatus" => c.GetAsync(assignments + "/deletion-status/" + s.DeletionRequestId),
            "ListAccountAssignmentCreationStatus" => c.GetAsync(assignments + "/creation-statuses"),
            "ListAccountAssignmentDeletionStatus" => c.GetAsync(assignments + "/deletion-statuses"),
            "ListAccountAssignments" => c.GetAsync(assignments + "?account_id=" + Member),
            "ListAccountAssignmentsForPrincipal" => c.GetAsync(SignedClient.InstancePath + "/account-assignments-for-principals?principal_type=USER&principal_id=" + Alice),
            "ProvisionPermissionSet" => c.PostJsonAsync(set + "/provision", new { target_type = "ACCOUNT", target_id = EmulatorDefaults.DomainId }),
            "GetProvisioningStatus" => c.GetAsync(SignedClient.PermissionSetsPath + "/provisioning-status/" + s.ProvisioningRequestId),
            "ListProvisioningStatus" => c.GetAsync(SignedClient.PermissionSetsPath + "/provisioning-statuses"),
            "ListAccountsForProvisionedPermissionSet" => c.GetAsync(set + "/accounts"),
            "ListPermissionSetsProvisionedToAccount" => c.GetAsync(SignedClient.PermissionSetsPath + "/provisioned-to-accounts?account_id=" + Member),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "No request for this operation."),
        };
    }

    /// <summary>Everything a changing operation could touch, settled up to now.</summary>
    private string Fingerprint() => JsonSerializer.Serialize(Server.State.GetInstances());

    private static string TagsPath(string id) => "v1/instances/identitycenter:permissionset/" + id + "/tags";

    private static object Assignment(string ps, string user, string? account = null) =>
        new { permission_set_id = ps, principal_id = user, principal_type = "USER", target_id = account ?? Member, target_type = "ACCOUNT" };
}
