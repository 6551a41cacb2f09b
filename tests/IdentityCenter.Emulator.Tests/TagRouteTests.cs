using System.Text.Json;

namespace IdentityCenter.Emulator.Tests;

/// <summary>The tag APIs for permission sets: /v1/instances/identitycenter:permissionset/{id}/tags.</summary>
public sealed class TagRouteTests : EmulatorTestBase
{
    private static string TagsPath(string id) => "v1/instances/identitycenter:permissionset/" + id + "/tags";

    [Fact]
    public async Task Tags_from_create_are_listed_then_added_replaced_and_removed()
    {
        ApiReply created = await Client.CreatePermissionSetAsync(new { name = "Tagged", tags = new[] { new { key = "env", value = "dev" } } });
        string id = created.Json.GetProperty("permission_set").GetProperty("permission_set_id").GetString()!;

        Assert.Equal(new[] { ("env", "dev") }, await TagsAsync(id));

        ApiReply added = await Client.PostJsonAsync(TagsPath(id) + "/create", new { tags = new[] { new { key = "env", value = "prod" }, new { key = "team", value = string.Empty } } });
        Assert.Equal(200, added.Status);
        Assert.Equal(string.Empty, added.Body);
        Assert.Equal(new[] { ("env", "prod"), ("team", string.Empty) }, await TagsAsync(id));

        ApiReply removed = await Client.PostJsonAsync(TagsPath(id) + "/delete", new { tags = new object[] { new { key = "env" }, new { key = "absent", value = "x" } } });
        Assert.Equal(200, removed.Status);
        Assert.Equal(new[] { ("team", string.Empty) }, await TagsAsync(id));
        Assert.Equal(new[] { new PermissionSetTag("team", string.Empty) }, Server.State.FindPermissionSet(EmulatorDefaults.InstanceId, id)!.Tags);
    }

    [Fact]
    public async Task Resource_type_is_percent_encoded_by_clients_and_still_verified()
    {
        string id = await Client.CreatePermissionSetIdAsync("Encoded");

        ApiReply reply = await Client.GetAsync("v1/instances/identitycenter%3Apermissionset/" + id + "/tags");

        Assert.Equal(200, reply.Status);
        Assert.Empty(reply.Json.GetProperty("tags").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, reply.Json.GetProperty("page_info").GetProperty("next_marker").ValueKind);
    }

    [Fact]
    public async Task More_than_50_tags_in_total_is_400_and_nothing_changes()
    {
        var fifty = Enumerable.Range(0, 50).Select(i => new { key = "k" + i, value = "v" }).ToArray();
        ApiReply created = await Client.CreatePermissionSetAsync(new { name = "Full", tags = fifty });
        string id = created.Json.GetProperty("permission_set").GetProperty("permission_set_id").GetString()!;

        ApiReply replace = await Client.PostJsonAsync(TagsPath(id) + "/create", new { tags = new[] { new { key = "k0", value = "new" } } });
        Assert.Equal(200, replace.Status);

        ApiReply over = await Client.PostJsonAsync(TagsPath(id) + "/create", new { tags = new[] { new { key = "k50", value = "v" } } });
        Assert.Equal(400, over.Status);
        Assert.Contains("would hold 51 tags; at most 50", over.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(50, Server.State.FindPermissionSet(EmulatorDefaults.InstanceId, id)!.Tags.Count);
    }

    [Theory]
    [InlineData("create", "{}", "tags is required and must hold 1 to 50 tags")]
    [InlineData("create", "{\"tags\":[]}", "tags is required")]
    [InlineData("create", "{\"tags\":[{\"key\":\"a\",\"value\":null}]}", "tags[0].value must not be null")]
    [InlineData("create", "{\"tags\":[{\"key\":\"a\",\"value\":\"1\"},{\"key\":\"a\",\"value\":\"2\"}]}", "tags[1].key 'a' is a duplicate")]
    [InlineData("delete", "{\"tags\":[{\"value\":\"x\"}]}", "tags[0].key is required")]
    public async Task Bad_tag_bodies_are_400_naming_the_field(string action, string body, string message)
    {
        string id = await Client.CreatePermissionSetIdAsync("BadTags");

        ApiReply reply = await Client.SendAsync(HttpMethod.Post, TagsPath(id) + "/" + action, body);

        Assert.Equal(400, reply.Status);
        Assert.Contains(message, reply.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tag_key_over_128_characters_is_400()
    {
        string id = await Client.CreatePermissionSetIdAsync("LongKey");

        ApiReply reply = await Client.PostJsonAsync(TagsPath(id) + "/create", new { tags = new[] { new { key = new string('k', 129), value = "v" } } });

        Assert.Equal(400, reply.Status);
        Assert.Contains("tags[0].key must be 1 to 128 characters long, got 129", reply.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_resource_type_is_400_and_unknown_set_is_404()
    {
        string id = await Client.CreatePermissionSetIdAsync("Typed");

        ApiReply wrongType = await Client.GetAsync("v1/instances/identitycenter:application/" + id + "/tags");
        Assert.Equal(400, wrongType.Status);
        Assert.Contains("resource_type must be identitycenter:permissionset", wrongType.ErrorMessage, StringComparison.Ordinal);

        ApiReply missing = await Client.GetAsync(TagsPath("ps-0000000000000000"));
        Assert.Equal(404, missing.Status);
        Assert.Equal("IdentityCenter.1205", missing.ErrorCode);
    }

    [Fact]
    public async Task Tag_listing_pages()
    {
        var tags = Enumerable.Range(0, 5).Select(i => new { key = "k" + i, value = "v" + i }).ToArray();
        ApiReply created = await Client.CreatePermissionSetAsync(new { name = "Pages", tags });
        string id = created.Json.GetProperty("permission_set").GetProperty("permission_set_id").GetString()!;

        ApiReply first = await Client.GetAsync(TagsPath(id) + "?limit=2");
        Assert.Equal(2, first.Json.GetProperty("page_info").GetProperty("current_count").GetInt32());
        string marker = first.Json.GetProperty("page_info").GetProperty("next_marker").GetString()!;
        Assert.Equal(24, marker.Length);
        ApiReply second = await Client.GetAsync(TagsPath(id) + "?limit=2&marker=" + marker);
        Assert.Equal(new[] { "k2", "k3" }, second.Json.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("key").GetString()));
    }

    private async Task<(string, string)[]> TagsAsync(string id)
    {
        ApiReply reply = await Client.GetAsync(TagsPath(id));
        Assert.Equal(200, reply.Status);
        return reply.Json.GetProperty("tags").EnumerateArray().Select(t => (t.GetProperty("key").GetString()!, t.GetProperty("value").GetString()!)).ToArray();
    }
}
