using System.Text.Json;

namespace IdentityCenter.Emulator.Tests;

/// <summary>Custom policy and role, attached system policies and roles: shapes, paging, not-found and conflicts.</summary>
public sealed class PolicyRouteTests : EmulatorTestBase
{
    private const string ReadOnlyPolicyId = "5e1f0000000000000000000000000001";
    private const string ReadOnlyRoleId = "7b2e0000000000000000000000000001";

    [Fact]
    public async Task Custom_role_can_be_put_read_and_deleted_apart_from_the_custom_policy()
    {
        string id = await Client.CreatePermissionSetIdAsync("WithRole");
        string path = SignedClient.PermissionSetsPath + "/" + id + "/custom-role";
        const string Role = "{\"Version\":\"1.1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"ecs:*:get*\"]}]}";

        Assert.Equal(404, (await Client.GetAsync(path)).Status);
        ApiReply put = await Client.PutJsonAsync(path, new { custom_role = Role });
        Assert.Equal(200, put.Status);
        Assert.Equal(string.Empty, put.Body);
        Assert.Equal(Role, (await Client.GetAsync(path)).Json.GetProperty("custom_role").GetString());
        Assert.Equal(404, (await Client.GetAsync(SignedClient.PermissionSetsPath + "/" + id + "/custom-policy")).Status);

        Assert.Equal(200, (await Client.DeleteAsync(path)).Status);
        ApiReply gone = await Client.GetAsync(path);
        Assert.Equal(404, gone.Status);
        Assert.Equal("IdentityCenter.404", gone.ErrorCode);
        Assert.Equal(404, (await Client.DeleteAsync(path)).Status);
    }

    [Theory]
    [InlineData("{}", "custom_role is required")]
    [InlineData("{\"custom_role\":\"[1]\"}", "custom_role must be a JSON object")]
    [InlineData("{\"custom_role\":\"\"}", "custom_role must be 1 to 131072 characters")]
    public async Task Bad_custom_role_is_400_naming_the_field(string body, string message)
    {
        string id = await Client.CreatePermissionSetIdAsync("BadRole");

        ApiReply reply = await Client.SendAsync(HttpMethod.Put, SignedClient.PermissionSetsPath + "/" + id + "/custom-role", body);

        Assert.Equal(400, reply.Status);
        Assert.Equal("IdentityCenter.400", reply.ErrorCode);
        Assert.Contains(message, reply.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Managed_policies_attach_list_and_detach()
    {
        string id = await Client.CreatePermissionSetIdAsync("Managed");
        string path = SignedClient.PermissionSetsPath + "/" + id;

        ApiReply attached = await Client.PostJsonAsync(path + "/attach-managed-policy", new { managed_policy_id = ReadOnlyPolicyId, managed_policy_name = "ReadOnlyPolicy" });
        Assert.Equal(200, attached.Status);
        Assert.Equal(string.Empty, attached.Body);
        Assert.Equal(200, (await Client.PostJsonAsync(path + "/attach-managed-policy", new { managed_policy_id = "5e1f0000000000000000000000000003" })).Status);

        ApiReply list = await Client.GetAsync(path + "/managed-policies");
        Assert.Equal(200, list.Status);
        JsonElement[] items = list.Json.GetProperty("attached_managed_policies").EnumerateArray().ToArray();
        Assert.Equal(new[] { ReadOnlyPolicyId, "5e1f0000000000000000000000000003" }, items.Select(i => i.GetProperty("policy_id").GetString()));
        Assert.Equal("ReadOnlyPolicy", items[0].GetProperty("policy_name").GetString());
        Assert.Equal(2, list.Json.GetProperty("page_info").GetProperty("current_count").GetInt32());

        Assert.Equal(200, (await Client.PostJsonAsync(path + "/detach-managed-policy", new { managed_policy_id = ReadOnlyPolicyId })).Status);
        JsonElement left = Assert.Single((await Client.GetAsync(path + "/managed-policies")).Json.GetProperty("attached_managed_policies").EnumerateArray());
        Assert.Equal("ECSFullAccessPolicy", left.GetProperty("policy_name").GetString());
        Assert.Single(Server.State.FindPermissionSet(EmulatorDefaults.InstanceId, id)!.ManagedPolicies);
    }

    [Fact]
    public async Task Attaching_twice_is_409_1207_and_unknown_or_unattached_ids_are_404()
    {
        string id = await Client.CreatePermissionSetIdAsync("Twice");
        string path = SignedClient.PermissionSetsPath + "/" + id;
        Assert.Equal(200, (await Client.PostJsonAsync(path + "/attach-managed-policy", new { managed_policy_id = ReadOnlyPolicyId })).Status);

        ApiReply again = await Client.PostJsonAsync(path + "/attach-managed-policy", new { managed_policy_id = ReadOnlyPolicyId });
        Assert.Equal(409, again.Status);
        Assert.Equal("IdentityCenter.1207", again.ErrorCode);

        ApiReply unknown = await Client.PostJsonAsync(path + "/attach-managed-policy", new { managed_policy_id = "00000000000000000000000000000000" });
        Assert.Equal(404, unknown.Status);
        Assert.Equal("IdentityCenter.404", unknown.ErrorCode);

        ApiReply notAttached = await Client.PostJsonAsync(path + "/detach-managed-policy", new { managed_policy_id = "5e1f0000000000000000000000000002" });
        Assert.Equal(404, notAttached.Status);

        ApiReply noSet = await Client.PostJsonAsync(SignedClient.PermissionSetsPath + "/ps-0000000000000000/attach-managed-policy", new { managed_policy_id = ReadOnlyPolicyId });
        Assert.Equal(404, noSet.Status);
        Assert.Equal("IdentityCenter.1205", noSet.ErrorCode);
    }

    [Theory]
    [InlineData("attach-managed-policy", "{}", "managed_policy_id is required")]
    [InlineData("detach-managed-policy", "{\"managed_policy_id\":\"\"}", "managed_policy_id is required")]
    [InlineData("attach-managed-role", "{}", "managed_role_id is required")]
    public async Task Missing_ids_are_400_naming_the_field(string route, string body, string message)
    {
        string id = await Client.CreatePermissionSetIdAsync("NoId");

        ApiReply reply = await Client.SendAsync(HttpMethod.Post, SignedClient.PermissionSetsPath + "/" + id + "/" + route, body);

        Assert.Equal(400, reply.Status);
        Assert.Contains(message, reply.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Managed_policy_name_over_128_characters_is_400()
    {
        string id = await Client.CreatePermissionSetIdAsync("LongName");

        ApiReply reply = await Client.PostJsonAsync(SignedClient.PermissionSetsPath + "/" + id + "/attach-managed-policy", new { managed_policy_id = ReadOnlyPolicyId, managed_policy_name = new string('n', 129) });

        Assert.Equal(400, reply.Status);
        Assert.Contains("managed_policy_name must be 1 to 128 characters long, got 129", reply.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Managed_roles_are_a_separate_list()
    {
        string id = await Client.CreatePermissionSetIdAsync("Roles");
        string path = SignedClient.PermissionSetsPath + "/" + id;

        Assert.Equal(200, (await Client.PostJsonAsync(path + "/attach-managed-role", new { managed_role_id = ReadOnlyRoleId })).Status);
        Assert.Equal(404, (await Client.PostJsonAsync(path + "/attach-managed-role", new { managed_role_id = ReadOnlyPolicyId })).Status);
        Assert.Equal(409, (await Client.PostJsonAsync(path + "/attach-managed-role", new { managed_role_id = ReadOnlyRoleId })).Status);

        JsonElement role = Assert.Single((await Client.GetAsync(path + "/managed-roles")).Json.GetProperty("attached_managed_roles").EnumerateArray());
        Assert.Equal(ReadOnlyRoleId, role.GetProperty("role_id").GetString());
        Assert.Equal("readonly", role.GetProperty("role_name").GetString());
        Assert.Empty((await Client.GetAsync(path + "/managed-policies")).Json.GetProperty("attached_managed_policies").EnumerateArray());

        Assert.Equal(200, (await Client.PostJsonAsync(path + "/detach-managed-role", new { managed_role_id = ReadOnlyRoleId })).Status);
        Assert.Empty((await Client.GetAsync(path + "/managed-roles")).Json.GetProperty("attached_managed_roles").EnumerateArray());
    }

    [Fact]
    public async Task Managed_policy_listing_pages_with_limit_and_marker()
    {
        string id = await Client.CreatePermissionSetIdAsync("Paged");
        string path = SignedClient.PermissionSetsPath + "/" + id;
        foreach (SystemPolicy policy in SystemPolicyCatalogue.IdentityPolicies)
        {
            Assert.Equal(200, (await Client.PostJsonAsync(path + "/attach-managed-policy", new { managed_policy_id = policy.Id })).Status);
        }

        var seen = new List<string>();
        string? marker = null;
        int pages = 0;
        do
        {
            ApiReply page = await Client.GetAsync(path + "/managed-policies?limit=3" + (marker is null ? string.Empty : "&marker=" + marker));
            Assert.Equal(200, page.Status);
            seen.AddRange(page.Json.GetProperty("attached_managed_policies").EnumerateArray().Select(p => p.GetProperty("policy_id").GetString()!));
            JsonElement next = page.Json.GetProperty("page_info").GetProperty("next_marker");
            marker = next.ValueKind == JsonValueKind.Null ? null : next.GetString();
            pages++;
        }
        while (marker is not null);

        Assert.Equal(2, pages);
        Assert.Equal(SystemPolicyCatalogue.IdentityPolicies.Select(p => p.Id), seen);
        Assert.Equal(400, (await Client.GetAsync(path + "/managed-policies?limit=0")).Status);
        Assert.Equal(400, (await Client.GetAsync(path + "/managed-policies?marker=" + new string('0', 24))).Status);
    }

    [Fact]
    public async Task Policy_changes_make_a_provisioned_account_stale()
    {
        string id = await Client.CreatePermissionSetIdAsync("Stale");
        string path = SignedClient.PermissionSetsPath + "/" + id;
        ApiReply provisioned = await Client.PostJsonAsync(path + "/provision", new { target_type = "ACCOUNT", target_id = EmulatorDefaults.DomainId });
        Assert.Equal(200, provisioned.Status);
        Assert.Equal(new[] { EmulatorDefaults.DomainId }, await AccountsAsync(path, "LATEST_PERMISSION_SET_PROVISIONED"));

        Assert.Equal(200, (await Client.PostJsonAsync(path + "/attach-managed-policy", new { managed_policy_id = ReadOnlyPolicyId })).Status);

        Assert.Empty(await AccountsAsync(path, "LATEST_PERMISSION_SET_PROVISIONED"));
        Assert.Equal(new[] { EmulatorDefaults.DomainId }, await AccountsAsync(path, "LATEST_PERMISSION_SET_NOT_PROVISIONED"));
    }

    private async Task<string[]> AccountsAsync(string path, string status) =>
        (await Client.GetAsync(path + "/accounts?provisioning_status=" + status)).Json.GetProperty("account_ids").EnumerateArray().Select(a => a.GetString()!).ToArray();
}
