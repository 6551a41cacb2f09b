using System.Collections;
using System.Collections.Specialized;
using IdentityCenter.PowerShell.Arguments;
using IdentityCenter.PowerShell.Commands;

namespace IdentityCenter.PowerShell.Tests;

public class NewIdcPermissionSetMappingTests
{
    private const string Instance = "ins-e000000000000001";

    [Fact]
    public void Every_parameter_reaches_the_request()
    {
        var command = new NewIdcPermissionSetCommand
        {
            InstanceId = Instance,
            Name = "Admins",
            Description = "Full access",
            RelayState = "https://console.example/home",
            SessionDuration = "PT4H",
            Tag = new OrderedDictionary { { "team", "ops" }, { "env", "prod" } },
        };

        var request = command.BuildRequest();

        Assert.Equal(Instance, request.InstanceId);
        Assert.Equal("Admins", request.Name);
        Assert.Equal("Full access", request.Description);
        Assert.Equal("https://console.example/home", request.RelayState);
        Assert.Equal("PT4H", request.SessionDuration);
        Assert.Equal(new[] { "team=ops", "env=prod" }, request.Tags.Select(t => t.Key + "=" + t.Value));
    }

    [Theory]
    [InlineData(8 * 60, "PT8H")]
    [InlineData(90, "PT1H30M")]
    [InlineData(24 * 60, "P1D")]
    public void A_TimeSpan_session_duration_is_sent_as_ISO_8601(int minutes, string expected)
    {
        var command = Minimal();
        command.SessionDuration = (string?)new SessionDurationTransformationAttribute().Transform(null!, TimeSpan.FromMinutes(minutes));

        Assert.Equal(expected, command.BuildRequest().SessionDuration);
    }

    [Fact]
    public void A_text_session_duration_is_sent_as_given()
    {
        var command = Minimal();
        command.SessionDuration = (string?)new SessionDurationTransformationAttribute().Transform(null!, "PT4H");

        Assert.Equal("PT4H", command.BuildRequest().SessionDuration);
    }

    [Fact]
    public void A_hashtable_of_tags_becomes_the_request_tags()
    {
        var command = Minimal();
        command.Tag = new Hashtable { ["team"] = "ops", ["cost"] = 42, ["empty"] = null };

        var tags = command.BuildRequest().Tags.ToDictionary(t => t.Key, t => t.Value);

        Assert.Equal(3, tags.Count);
        Assert.Equal("ops", tags["team"]);
        Assert.Equal("42", tags["cost"]);
        Assert.Equal(string.Empty, tags["empty"]);
    }

    [Fact]
    public void Tag_text_from_a_CSV_cell_becomes_tags_and_keeps_an_empty_value()
    {
        var command = Minimal();
        command.Tag = (IDictionary?)new TagTransformationAttribute().Transform(null!, "a=1;b=");

        var tags = command.BuildRequest().Tags;

        Assert.Equal(new[] { ("a", "1"), ("b", "") }, tags.Select(t => (t.Key, t.Value)));
    }

    [Fact]
    public void Blank_optional_values_from_a_CSV_row_count_as_not_given()
    {
        var command = Minimal();
        command.Description = string.Empty;
        command.RelayState = string.Empty;
        command.SessionDuration = string.Empty;
        command.Tag = (IDictionary?)new TagTransformationAttribute().Transform(null!, string.Empty);

        var request = command.BuildRequest();

        Assert.Null(request.Description);
        Assert.Null(request.RelayState);
        Assert.Null(request.SessionDuration);
        Assert.Empty(request.Tags);
    }

    [Fact]
    public void Without_optional_parameters_the_request_carries_only_instance_and_name()
    {
        var request = Minimal().BuildRequest();

        Assert.Equal(Instance, request.InstanceId);
        Assert.Equal("Readers", request.Name);
        Assert.Null(request.Description);
        Assert.Null(request.RelayState);
        Assert.Null(request.SessionDuration);
        Assert.Empty(request.Tags);
    }

    [Fact]
    public void Each_pipeline_item_gets_a_request_of_its_own()
    {
        var command = Minimal();
        var first = command.BuildRequest();
        command.Name = "Writers";
        command.Description = "second row";

        var second = command.BuildRequest();

        Assert.Equal("Readers", first.Name);
        Assert.Null(first.Description);
        Assert.Equal("Writers", second.Name);
        Assert.Equal("second row", second.Description);
    }

    [Fact]
    public void The_ShouldProcess_target_names_the_permission_set_and_instance()
    {
        var command = Minimal();
        command.Name = "Admins";

        var operation = ItemOperation.CreatePermissionSet(command.BuildRequest());

        Assert.Equal("permission set 'Admins' in instance " + Instance, operation.Target);
        Assert.Equal("Create", operation.Action);
    }

    private static NewIdcPermissionSetCommand Minimal() => new() { InstanceId = Instance, Name = "Readers" };
}
