using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core.Tests.Hardening;

public class IdentifierAndTextTests
{
    private const string InstanceId = "ins-0123456789abcdef";
    private const string PermissionSetId = "ps-8603aaaaaaaa14bd";

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public void Dot_segments_are_refused_as_identifiers(string id)
    {
        var error = Assert.Throws<IdcValidationException>(() => RequestValidator.ValidateIdentifier("InstanceId", id));
        Assert.Contains("'.' or '..'", error.Message);
    }

    [Theory]
    [InlineData("ins-0123456789abcdef", true)]
    [InlineData("ins-e000000000000001", true)]
    [InlineData("ins-0123456789abcde", false)]
    [InlineData("ins-0123456789abcdef0", false)]
    [InlineData("INS-0123456789ABCDEF", false)]
    [InlineData("ins_0123456789abcdef", false)]
    [InlineData("....................", false)]
    public void Instance_ids_have_the_documented_20_character_shape(string id, bool valid)
    {
        var request = new CreatePermissionSetRequest { InstanceId = id, Name = "n" };
        var error = Record.Exception(() => RequestValidator.Validate(request));
        Assert.Equal(valid, error == null);
        if (!valid)
        {
            var refusal = Assert.IsType<IdcValidationException>(error);
            Assert.Equal("InstanceId", refusal.Parameter);
            Assert.Contains("20", refusal.Message);
        }
    }

    [Theory]
    [InlineData("ps-8603aaaaaaaa14bd", true)]
    [InlineData("ps-8603aaaaaaaa14b", false)]
    [InlineData("ps-8603AAAAAAAA14BD", false)]
    [InlineData("ps-8603aaaaaaaa14bg", false)]
    [InlineData("px-8603aaaaaaaa14bd", false)]
    [InlineData("..", false)]
    public void Permission_set_ids_have_the_documented_shape(string id, bool valid)
    {
        var request = new PutCustomPolicyRequest { InstanceId = InstanceId, PermissionSetId = id, Policy = "{}" };
        var error = Record.Exception(() => RequestValidator.Validate(request));
        Assert.Equal(valid, error == null);
        if (!valid)
        {
            Assert.Equal("PermissionSetId", Assert.IsType<IdcValidationException>(error).Parameter);
        }
    }

    [Fact]
    public void A_lone_surrogate_in_a_name_is_refused_not_sent_as_a_replacement_character()
    {
        var request = new CreatePermissionSetRequest { InstanceId = InstanceId, Name = "Ops\ud800" };
        var error = Assert.Throws<IdcValidationException>(() => RequestValidator.Validate(request));
        Assert.Equal("Name", error.Parameter);
        Assert.Contains("U+D800", error.Message);
        Assert.Contains("position 4", error.Message);
    }

    [Fact]
    public void A_whole_surrogate_pair_is_accepted()
    {
        RequestValidator.Validate(new CreatePermissionSetRequest { InstanceId = InstanceId, Name = "Ops\ud83d\ude00" });
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_lone_surrogate_in_a_tag_is_refused(bool inKey)
    {
        // Built here: xunit would turn a lone surrogate in inline data into U+FFFD.
        var key = inKey ? "k\udc00" : "k";
        var value = inKey ? "v" : "v\ud800";
        var request = new CreatePermissionSetRequest { InstanceId = InstanceId, Name = "n", Tags = { new PermissionSetTag(key, value) } };
        var error = Assert.Throws<IdcValidationException>(() => RequestValidator.Validate(request));
        Assert.Equal("Tag", error.Parameter);
        Assert.Contains("surrogate", error.Message);
    }

    [Fact]
    public void A_lone_surrogate_in_a_policy_is_refused()
    {
        var request = new PutCustomPolicyRequest { InstanceId = InstanceId, PermissionSetId = PermissionSetId, Policy = "{\"Version\":\"5.0\ud800\"}" };
        Assert.Equal("Policy", Assert.Throws<IdcValidationException>(() => RequestValidator.Validate(request)).Parameter);
    }

    [Fact]
    public void The_binding_rules_are_the_request_rules()
    {
        var tags = Enumerable.Range(0, Limits.TagsMax + 1).Select(i => new PermissionSetTag("k" + i, "v")).ToList();
        var fromRule = RequestValidator.FindTagProblem(tags)!;
        var fromRequest = Assert.Throws<IdcValidationException>(() => RequestValidator.Validate(new CreatePermissionSetRequest { InstanceId = InstanceId, Name = "n", Tags = tags }));
        Assert.Equal(fromRequest.Message, fromRule.Message);

        var duration = RequestValidator.FindSessionDurationProblem("8h")!;
        var fromDuration = Assert.Throws<IdcValidationException>(() => RequestValidator.Validate(new CreatePermissionSetRequest { InstanceId = InstanceId, Name = "n", SessionDuration = "8h" }));
        Assert.Equal(fromDuration.Message, duration.Message);
        Assert.Null(RequestValidator.FindSessionDurationProblem("PT8H"));
    }

    [Theory]
    [InlineData("abc\r\nX-Injected: 1", "a carriage return (U+000D) at position 4")]
    [InlineData("abc\nX: 1", "a line feed (U+000A) at position 4")]
    [InlineData("abc\u0000", "U+0000")]
    [InlineData("abcé", "U+00E9")]
    public void A_header_value_with_a_character_a_header_cannot_carry_is_refused_naming_its_origin(string value, string described)
    {
        var error = Assert.Throws<IdcConfigurationException>(() => RequestValidator.ValidateHeaderValue("the domain id", value, "-DomainId", isSecret: false));
        Assert.Contains("The domain id from -DomainId", error.Message);
        Assert.Contains(described, error.Message);
    }

    [Fact]
    public void A_secret_header_value_is_never_quoted()
    {
        var error = Assert.Throws<IdcConfigurationException>(() =>
            RequestValidator.ValidateHeaderValue("the security token", "SECRETTOKEN\r\nX: 1", "-SecurityToken", isSecret: true));
        Assert.DoesNotContain("SECRETTOKEN", error.ToString());
        Assert.Contains("-SecurityToken", error.Message);
        Assert.Contains("position 12", error.Message);
    }
}

public class EscapedSurrogatePolicyTests
{
    [Theory]
    [InlineData("{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"iam:users:list\\ud800\"]}]}")]
    [InlineData("{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"iam:users:list\"],\"Condition\":{\"StringEquals\":{\"k\\udc00\":[\"v\"]}}}]}")]
    public void An_escaped_lone_surrogate_is_a_finding_not_an_exception(string policy)
    {
        var findings = IdentityCenter.Core.Policy.PolicyChecker.Check(policy);

        var finding = Assert.Single(findings, f => f.Message.Contains("surrogate"));
        Assert.Equal(IdentityCenter.Core.Policy.PolicyFindingSeverity.Error, finding.Severity);
    }
}
