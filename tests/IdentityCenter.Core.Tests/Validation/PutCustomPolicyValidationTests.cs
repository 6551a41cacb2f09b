using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core.Tests.Validation;

public class PutCustomPolicyValidationTests
{
    private const string Policy = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"obs:*:*\"]}]}";

    private static PutCustomPolicyRequest Valid(string policy = Policy) => new()
    {
        InstanceId = "ins-0123456789abcdef",
        PermissionSetId = "ps-8603aaaaaaaa14bd",
        Policy = policy,
    };

    /// <summary>A JSON object of exactly the given length: {"p":"xxxx"}.</summary>
    private static string ObjectOfLength(int length) => "{\"p\":\"" + new string('x', length - 8) + "\"}";

    [Theory]
    [InlineData(131071, true)]
    [InlineData(131072, true)]
    [InlineData(131073, false)]
    public void Policy_is_at_most_131072_characters(int length, bool valid)
    {
        var policy = ObjectOfLength(length);
        Assert.Equal(length, policy.Length);
        CreatePermissionSetValidationTests.AssertOutcome(() => RequestValidator.Validate(Valid(policy)), valid, "Policy", "131072");
    }

    [Fact]
    public void Policy_may_not_be_empty()
    {
        CreatePermissionSetValidationTests.AssertOutcome(() => RequestValidator.Validate(Valid(string.Empty)), false, "Policy", "1 to 131072");
    }

    [Fact]
    public void The_smallest_object_is_accepted()
    {
        RequestValidator.Validate(Valid("{}"));
    }

    [Fact]
    public void Broken_json_is_located_by_line_and_position()
    {
        var broken = "{\n  \"Version\": \"5.0\",\n  \"Statement\": [ oops ]\n}";
        var error = Assert.Throws<IdcValidationException>(() => RequestValidator.Validate(Valid(broken)));
        Assert.Equal("Policy", error.Parameter);
        Assert.Contains("line 3, position 18", error.Message);
    }

    [Theory]
    [InlineData("[1,2]", "an array")]
    [InlineData("\"text\"", "a string")]
    [InlineData("42", "a number")]
    public void The_policy_must_be_an_object(string policy, string found)
    {
        var error = Assert.Throws<IdcValidationException>(() => RequestValidator.Validate(Valid(policy)));
        Assert.Contains("must be a JSON object", error.Message);
        Assert.Contains(found, error.Message);
    }

    [Fact]
    public void Text_after_the_object_is_refused_with_its_place()
    {
        var error = Assert.Throws<IdcValidationException>(() => RequestValidator.Validate(Valid("{}\n {}")));
        Assert.Contains("line 2, position 2", error.Message);
    }

    [Theory]
    [InlineData("", "PermissionSetId")]
    [InlineData("ps-1/../x", "PermissionSetId")]
    public void PermissionSetId_is_checked(string id, string parameter)
    {
        var request = Valid();
        request.PermissionSetId = id;
        CreatePermissionSetValidationTests.AssertOutcome(() => RequestValidator.Validate(request), false, parameter, "identifier");
    }

    [Theory]
    [InlineData(2047, true)]
    [InlineData(2048, true)]
    [InlineData(2049, false)]
    public void Security_token_is_at_most_2048_characters_and_never_shown(int length, bool valid)
    {
        var token = new string('T', length - 3) + "SEC";
        if (valid)
        {
            RequestValidator.ValidateSecurityToken(token);
            return;
        }

        var error = Assert.Throws<IdcValidationException>(() => RequestValidator.ValidateSecurityToken(token));
        Assert.Equal("SecurityToken", error.Parameter);
        Assert.Contains("2048", error.Message);
        Assert.DoesNotContain("TSEC", error.ToString());
    }
}
