using System.Text.Json;

namespace IdentityCenter.Emulator.Tests;

public sealed class PaginationTests : EmulatorTestBase
{
    [Fact]
    public async Task Following_next_marker_visits_every_permission_set_once_in_creation_order()
    {
        var created = new List<string>();
        for (int i = 0; i < 5; i++)
        {
            created.Add(await Client.CreatePermissionSetIdAsync("Set" + i));
        }

        var seen = new List<string>();
        var pageSizes = new List<int>();
        string? marker = null;
        do
        {
            ApiReply reply = await Client.GetAsync(SignedClient.PermissionSetsPath + "?limit=2" + (marker is null ? string.Empty : "&marker=" + marker));
            Assert.Equal(200, reply.Status);
            JsonElement[] items = reply.Json.GetProperty("permission_sets").EnumerateArray().ToArray();
            JsonElement pageInfo = reply.Json.GetProperty("page_info");
            Assert.Equal(items.Length, pageInfo.GetProperty("current_count").GetInt32());
            seen.AddRange(items.Select(i => i.GetProperty("permission_set_id").GetString()!));
            pageSizes.Add(items.Length);
            marker = pageInfo.GetProperty("next_marker").GetString();
            if (marker is not null)
            {
                Assert.Equal(24, marker.Length);
            }
        }
        while (marker is not null && pageSizes.Count < 10);

        Assert.Equal(new[] { 2, 2, 1 }, pageSizes);
        Assert.Equal(created, seen);
    }

    [Fact]
    public async Task Deleting_between_pages_neither_skips_nor_repeats()
    {
        var created = new List<string>();
        for (int i = 0; i < 5; i++)
        {
            created.Add(await Client.CreatePermissionSetIdAsync("Set" + i));
        }

        ApiReply first = await Client.GetAsync(SignedClient.PermissionSetsPath + "?limit=2");
        string marker = first.Json.GetProperty("page_info").GetProperty("next_marker").GetString()!;
        Assert.Equal(200, (await Client.DeleteAsync(SignedClient.PermissionSetsPath + "/" + created[0])).Status);
        Assert.Equal(200, (await Client.DeleteAsync(SignedClient.PermissionSetsPath + "/" + created[2])).Status);

        ApiReply rest = await Client.GetAsync(SignedClient.PermissionSetsPath + "?limit=100&marker=" + marker);

        Assert.Equal(
            new[] { created[3], created[4] },
            rest.Json.GetProperty("permission_sets").EnumerateArray().Select(i => i.GetProperty("permission_set_id").GetString()));
        Assert.Equal(JsonValueKind.Null, rest.Json.GetProperty("page_info").GetProperty("next_marker").ValueKind);
    }

    [Fact]
    public async Task Default_limit_is_one_hundred()
    {
        for (int i = 0; i < 101; i++)
        {
            Server.State.CreatePermissionSet(EmulatorDefaults.InstanceId, "Seeded" + i);
        }

        ApiReply first = await Client.GetAsync(SignedClient.PermissionSetsPath);
        Assert.Equal(100, first.Json.GetProperty("page_info").GetProperty("current_count").GetInt32());
        string marker = first.Json.GetProperty("page_info").GetProperty("next_marker").GetString()!;

        ApiReply second = await Client.GetAsync(SignedClient.PermissionSetsPath + "?marker=" + marker);
        Assert.Equal("Seeded100", Assert.Single(second.Json.GetProperty("permission_sets").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Filter_and_pagination_combine()
    {
        await Client.CreatePermissionSetIdAsync("Alpha");
        await Client.CreatePermissionSetIdAsync("Beta");

        ApiReply reply = await Client.GetAsync(SignedClient.PermissionSetsPath + "?limit=1&name=Beta");

        Assert.Equal("Beta", Assert.Single(reply.Json.GetProperty("permission_sets").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, reply.Json.GetProperty("page_info").GetProperty("next_marker").ValueKind);
    }

    [Fact]
    public void Markers_are_bound_to_their_listing()
    {
        string marker = PageMarker.Create("permission-sets|ins-a", 7);

        Assert.Equal(24, marker.Length);
        Assert.True(PageMarker.TryRead("permission-sets|ins-a", marker, out long sequence));
        Assert.Equal(7, sequence);
        Assert.False(PageMarker.TryRead("permission-sets|ins-b", marker, out _));
        Assert.False(PageMarker.TryRead("permission-sets|ins-a", marker[..^1] + (marker[^1] == '0' ? '1' : '0'), out _));
    }
}
