using System.Text;
using System.Text.Json;
using IdentityCenter.Core.Json;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Core.Tests.Wire;

public class WireFormatTests
{
    [Fact]
    public void Create_body_uses_snake_case_and_omits_what_was_not_given()
    {
        var request = new CreatePermissionSetRequest { InstanceId = "ins-1", Name = "ReadOnly", SessionDuration = "PT8H" };

        var json = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(IdentityCenterClient.ToBody(request), IdcJsonContext.Default.CreatePermissionSetBody));

        Assert.Equal("{\"name\":\"ReadOnly\",\"session_duration\":\"PT8H\"}", json);
    }

    [Fact]
    public void Create_body_sends_tags_as_key_value_objects()
    {
        var request = new CreatePermissionSetRequest
        {
            InstanceId = "ins-1",
            Name = "Ops",
            Description = "d",
            RelayState = "r",
            Tags = { new PermissionSetTag("env", "prod"), new PermissionSetTag("empty", string.Empty) },
        };

        var json = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(IdentityCenterClient.ToBody(request), IdcJsonContext.Default.CreatePermissionSetBody));

        Assert.Equal("{\"name\":\"Ops\",\"description\":\"d\",\"relay_state\":\"r\",\"tags\":[{\"key\":\"env\",\"value\":\"prod\"},{\"key\":\"empty\",\"value\":\"\"}]}", json);
    }

    [Fact]
    public void Custom_policy_travels_as_a_json_string_value()
    {
        var policy = "{\"Version\":\"5.0\",\"Statement\":[]}";

        var json = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(new CustomPolicyBody { CustomPolicy = policy }, IdcJsonContext.Default.CustomPolicyBody));

        using var document = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.String, document.RootElement.GetProperty("custom_policy").ValueKind);
        Assert.Equal(policy, document.RootElement.GetProperty("custom_policy").GetString());
    }

    [Theory]
    [InlineData("1705314600000")]
    [InlineData("\"1705314600000\"")]
    public void Created_date_in_epoch_milliseconds_becomes_a_date(string raw)
    {
        var reply = "{\"permission_set\":{\"permission_set_id\":\"ps-8603aaaaaaaa14bd\",\"name\":\"Ops\",\"created_date\":" + raw +
                    ",\"permission_urn\":\"IdentityCenter::system:permissionSet:ps-8603aaaaaaaa14bd\",\"session_duration\":\"PT8H\"}}";

        var dto = IdentityCenterClient.PermissionSetOf(Encoding.UTF8.GetBytes(reply), "DescribePermissionSet")!;
        var model = IdentityCenterClient.ToModel(dto, "ins-1");

        Assert.Equal(new DateTimeOffset(2024, 1, 15, 10, 30, 0, TimeSpan.Zero), model.CreatedDate);
        Assert.Equal("IdentityCenter::system:permissionSet:ps-8603aaaaaaaa14bd", model.PermissionUrn);
        Assert.Equal("ins-1", model.InstanceId);
        Assert.Equal("PT8H", model.SessionDuration);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"soon\"")]
    [InlineData("1.5")]
    [InlineData("true")]
    [InlineData("{\"ms\":1705314600000}")]
    [InlineData("[1705314600000]")]
    [InlineData("99999999999999999")]
    public void A_created_date_of_another_shape_is_no_date_and_the_rest_is_still_read(string raw)
    {
        var reply = "{\"permission_set\":{\"permission_set_id\":\"ps-1\",\"created_date\":" + raw + ",\"name\":\"after\"}}";

        var dto = IdentityCenterClient.PermissionSetOf(Encoding.UTF8.GetBytes(reply), "DescribePermissionSet")!;

        Assert.Null(dto.CreatedDate);
        Assert.Equal("after", dto.Name);
    }

    [Fact]
    public void A_missing_created_date_is_no_date()
    {
        var dto = IdentityCenterClient.PermissionSetOf(Encoding.UTF8.GetBytes("{\"permission_set\":{\"permission_set_id\":\"ps-1\",\"name\":\"n\"}}"), "DescribePermissionSet")!;
        Assert.Null(IdentityCenterClient.ToModel(dto, "ins-1").CreatedDate);
    }

    [Fact]
    public void Paths_encode_identifiers_like_the_signature_does()
    {
        Assert.Equal("/v1/instances/ins-1/permission-sets/ps-%C3%BC/custom-policy", ApiPaths.CustomPolicy("ins-1", "ps-ü"));
        Assert.Equal("/v1/instances?limit=100&name=dev%20ops%2Fa", ApiPaths.WithQuery("/v1/instances",
            [new("limit", "100"), new("marker", null), new("name", "dev ops/a")]));
    }
}
