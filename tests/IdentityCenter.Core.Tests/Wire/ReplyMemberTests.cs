using System.Text;
using System.Text.Json;
using IdentityCenter.Core.Json;

namespace IdentityCenter.Core.Tests.Wire;

/// <summary>A reply's member read without its envelope, with the reply still checked whole.</summary>
public class ReplyMemberTests
{
    private static readonly byte[] Member = Encoding.UTF8.GetBytes("permission_set");

    [Fact]
    public void Reads_the_member_wherever_it_is_among_the_others()
    {
        var dto = Read("{\"request_id\":\"r-1\",\"other\":{\"deep\":[1,{\"permission_set\":{}}]},\"permission_set\":{\"permission_set_id\":\"ps-1\",\"name\":\"Ops\"},\"tail\":null}", out var rootIsNull);

        Assert.False(rootIsNull);
        Assert.Equal("ps-1", dto!.PermissionSetId);
        Assert.Equal("Ops", dto.Name);
    }

    [Fact]
    public void A_member_given_twice_is_read_as_the_serialiser_reads_it_the_last_one()
    {
        var dto = Read("{\"permission_set\":{\"name\":\"first\"},\"permission_set\":{\"name\":\"second\"}}", out _);

        Assert.Equal("second", dto!.Name);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"permission_set\":null}")]
    [InlineData("{\"Permission_Set\":{\"name\":\"case differs\"}}")]
    public void An_absent_or_null_member_is_null(string json)
    {
        Assert.Null(Read(json, out var rootIsNull));
        Assert.False(rootIsNull);
    }

    [Fact]
    public void A_reply_of_json_null_says_so()
    {
        Assert.Null(Read("null", out var rootIsNull));
        Assert.True(rootIsNull);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("\"permission_set\"")]
    [InlineData("{\"permission_set\":{\"name\":\"x\"}} trailing")]
    [InlineData("{\"permission_set\":{\"name\":\"x\"}")]
    [InlineData("{\"permission_set\":{\"name\":1}}")]
    [InlineData("{\"permission_set\":[]}")]
    [InlineData("{\"other\":[1,2}")]
    public void A_reply_that_is_not_the_documented_json_is_refused(string json)
    {
        Assert.ThrowsAny<JsonException>(() => Read(json, out _));
    }

    private static PermissionSetDto? Read(string json, out bool rootIsNull) =>
        ReplyMember.Read(Encoding.UTF8.GetBytes(json), Member, IdcJsonContext.Default.PermissionSetDto, out rootIsNull);
}
