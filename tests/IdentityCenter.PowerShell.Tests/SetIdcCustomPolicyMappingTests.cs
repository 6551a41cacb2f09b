using IdentityCenter.PowerShell.Commands;

namespace IdentityCenter.PowerShell.Tests;

public class SetIdcCustomPolicyMappingTests
{
    private const string Policy = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"obs:*:*\"],\"Resource\":[\"*\"]}]}";

    [Fact]
    public void Every_parameter_reaches_the_request()
    {
        var command = new SetIdcCustomPolicyCommand { InstanceId = "ins-e000000000000001", PermissionSetId = "ps-8603aaaaaaaa14bd", Policy = Policy };

        var request = command.BuildRequest();

        Assert.Equal("ins-e000000000000001", request.InstanceId);
        Assert.Equal("ps-8603aaaaaaaa14bd", request.PermissionSetId);
        Assert.Equal(Policy, request.Policy);
    }

    [Fact]
    public void The_policy_text_is_sent_unchanged_including_white_space()
    {
        var pretty = "{\n  \"Version\": \"5.0\",\n  \"Statement\": []\n}\n";
        var command = new SetIdcCustomPolicyCommand { InstanceId = "ins-1", PermissionSetId = "ps-1", Policy = pretty };

        Assert.Equal(pretty, command.BuildRequest().Policy);
    }

    [Fact]
    public void The_ShouldProcess_target_and_action_name_the_permission_set_and_the_policy_size()
    {
        var command = new SetIdcCustomPolicyCommand { InstanceId = "ins-e000000000000001", PermissionSetId = "ps-8603aaaaaaaa14bd", Policy = Policy };

        var operation = ItemOperation.PutCustomPolicy(command.BuildRequest());

        Assert.Equal("permission set ps-8603aaaaaaaa14bd in instance ins-e000000000000001", operation.Target);
        Assert.Equal("Set custom policy (" + Policy.Length + " characters)", operation.Action);
    }

    [Fact]
    public void The_error_target_is_the_request_itself()
    {
        var request = new SetIdcCustomPolicyCommand { InstanceId = "ins-1", PermissionSetId = "ps-1", Policy = Policy }.BuildRequest();

        Assert.Same(request, ItemOperation.PutCustomPolicy(request).Resource);
    }

    [Fact]
    public void A_policy_read_from_a_file_reaches_the_request_in_place_of_Policy()
    {
        var command = new SetIdcCustomPolicyCommand { InstanceId = "ins-1", PermissionSetId = "ps-1", PolicyPath = "/p.json" };

        var request = command.BuildRequest("{\"from\":\"file\"}");

        Assert.Equal("{\"from\":\"file\"}", request.Policy);
        Assert.Equal(("ins-1", "ps-1"), (request.InstanceId, request.PermissionSetId));
    }

    [Fact]
    public void A_hashtable_given_to_Policy_is_sent_as_the_compact_JSON_it_was_turned_into()
    {
        var table = new System.Collections.Specialized.OrderedDictionary { ["Version"] = "5.0", ["Statement"] = new object[0] };
        var command = new SetIdcCustomPolicyCommand
        {
            InstanceId = "ins-1",
            PermissionSetId = "ps-1",
            Policy = (string?)new Policies.PolicyTransformationAttribute().Transform(null!, table),
        };

        Assert.Equal("{\"Version\":\"5.0\",\"Statement\":[]}", command.BuildRequest().Policy);
    }
}
