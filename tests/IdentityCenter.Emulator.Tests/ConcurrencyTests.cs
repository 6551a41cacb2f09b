namespace IdentityCenter.Emulator.Tests;

public sealed class ConcurrencyTests : EmulatorTestBase
{
    [Fact]
    public async Task Parallel_creates_with_one_name_yield_exactly_one_permission_set()
    {
        ApiReply[] replies = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Client.CreatePermissionSetAsync(new { name = "Contended" })));

        Assert.Single(replies, r => r.Status == 200);
        Assert.All(replies.Where(r => r.Status != 200), r => Assert.Equal("IdentityCenter.1206", r.ErrorCode));
        Assert.Equal(1, Server.State.CountPermissionSets(EmulatorDefaults.InstanceId));
    }

    [Fact]
    public async Task Parallel_creates_with_distinct_names_all_succeed_with_distinct_ids()
    {
        ApiReply[] replies = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Client.CreatePermissionSetAsync(new { name = "Set" + i })));

        Assert.All(replies, r => Assert.Equal(200, r.Status));
        Assert.Equal(32, replies.Select(r => r.Json.GetProperty("permission_set").GetProperty("permission_set_id").GetString()).Distinct().Count());
        Assert.Equal(32, Server.State.CountPermissionSets(EmulatorDefaults.InstanceId));
        Assert.Equal(32, Server.RequestLog.Count);
    }
}
