using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core.Tests.Validation;

public class CreatePermissionSetValidationTests
{
    private static CreatePermissionSetRequest Valid() => new()
    {
        InstanceId = "ins-0123456789abcdef",
        Name = "Admins",
        Description = "Administrators",
        RelayState = "https://console.example/",
        SessionDuration = "PT8H",
        Tags = { new PermissionSetTag("team", "platform") },
    };

    [Fact]
    public void A_valid_request_passes()
    {
        RequestValidator.Validate(Valid());
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(31, true)]
    [InlineData(32, true)]
    [InlineData(33, false)]
    public void Name_is_1_to_32_characters(int length, bool valid)
    {
        var request = Valid();
        request.Name = new string('n', length);
        AssertOutcome(() => RequestValidator.Validate(request), valid, "Name", "1 to 32");
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1023, true)]
    [InlineData(1024, true)]
    [InlineData(1025, false)]
    public void Description_is_at_most_1024_characters(int length, bool valid)
    {
        var request = Valid();
        request.Description = new string('d', length);
        AssertOutcome(() => RequestValidator.Validate(request), valid, "Description", "1024");
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(239, true)]
    [InlineData(240, true)]
    [InlineData(241, false)]
    public void RelayState_is_at_most_240_characters(int length, bool valid)
    {
        var request = Valid();
        request.RelayState = new string('r', length);
        AssertOutcome(() => RequestValidator.Validate(request), valid, "RelayState", "240");
    }

    [Theory]
    [InlineData(99, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void SessionDuration_is_at_most_100_characters(int length, bool valid)
    {
        var request = Valid();
        // A valid ISO duration padded with leading zeros keeps it well formed at any length.
        request.SessionDuration = "PT" + new string('0', length - 4) + "8H";
        AssertOutcome(() => RequestValidator.Validate(request), valid, "SessionDuration", "1 to 100");
    }

    [Fact]
    public void SessionDuration_may_not_be_empty()
    {
        var request = Valid();
        request.SessionDuration = string.Empty;
        AssertOutcome(() => RequestValidator.Validate(request), false, "SessionDuration", "1 to 100");
    }

    [Theory]
    [InlineData("8h")]
    [InlineData("PT")]
    [InlineData("P")]
    [InlineData("PT8")]
    [InlineData("PTH")]
    [InlineData("T8H")]
    [InlineData("PT8H8H")]
    [InlineData("PT30M1H")]
    [InlineData("P1.5DT1H")]
    [InlineData("PT8H ")]
    public void SessionDuration_must_be_an_iso_8601_duration(string value)
    {
        var request = Valid();
        request.SessionDuration = value;
        var error = Assert.Throws<IdcValidationException>(() => RequestValidator.Validate(request));
        Assert.Equal("SessionDuration", error.Parameter);
        Assert.Contains("ISO-8601", error.Message);
    }

    [Theory]
    [InlineData(49, true)]
    [InlineData(50, true)]
    [InlineData(51, false)]
    public void At_most_50_tags(int count, bool valid)
    {
        var request = Valid();
        request.Tags = Enumerable.Range(0, count).Select(i => new PermissionSetTag("k" + i, "v")).ToList();
        AssertOutcome(() => RequestValidator.Validate(request), valid, "Tag", "50");
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(127, true)]
    [InlineData(128, true)]
    [InlineData(129, false)]
    public void Tag_key_is_1_to_128_characters(int length, bool valid)
    {
        var request = Valid();
        request.Tags = [new PermissionSetTag(new string('k', length), "v")];
        AssertOutcome(() => RequestValidator.Validate(request), valid, "Tag", "1 to 128");
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(254, true)]
    [InlineData(255, true)]
    [InlineData(256, false)]
    public void Tag_value_is_at_most_255_characters_and_may_be_empty(int length, bool valid)
    {
        var request = Valid();
        request.Tags = [new PermissionSetTag("k", new string('v', length))];
        AssertOutcome(() => RequestValidator.Validate(request), valid, "Tag", "255");
    }

    [Fact]
    public void Tag_value_may_not_be_null()
    {
        var request = Valid();
        request.Tags = [new PermissionSetTag("k", null!)];
        AssertOutcome(() => RequestValidator.Validate(request), false, "Tag", "not null");
    }

    [Fact]
    public void Tag_keys_are_unique()
    {
        var request = Valid();
        request.Tags = [new PermissionSetTag("env", "a"), new PermissionSetTag("env", "b")];
        AssertOutcome(() => RequestValidator.Validate(request), false, "Tag", "unique");
    }

    [Theory]
    [InlineData("")]
    [InlineData("ins/1")]
    [InlineData("ins?1")]
    [InlineData("ins#1")]
    [InlineData("ins 1")]
    [InlineData("ins\t1")]
    [InlineData("ins\n1")]
    public void InstanceId_may_not_change_the_url(string value)
    {
        var request = Valid();
        request.InstanceId = value;
        AssertOutcome(() => RequestValidator.Validate(request), false, "InstanceId", "identifier");
    }

    internal static void AssertOutcome(Action validate, bool valid, string parameter, string limitText)
    {
        if (valid)
        {
            validate();
            return;
        }

        var error = Assert.Throws<IdcValidationException>(validate);
        Assert.Equal(parameter, error.Parameter);
        Assert.Contains("'" + parameter + "'", error.Message);
        Assert.Contains(limitText, error.Message);
    }
}
