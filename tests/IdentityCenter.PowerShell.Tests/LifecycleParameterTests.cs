using System.Management.Automation;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.PowerShell.Tests;

/// <summary>The lifecycle commands' parameters, and the words they use for removals.</summary>
public class LifecycleParameterTests
{
    private static readonly string[] SharedParameters = { "AccessKeyId", "Credential", "DomainId", "EndpointUrl", "SecretAccessKey", "SecurityToken" };

    public static TheoryData<Type, string[]> OwnParameters => new()
    {
        { typeof(GetIdcInstanceCommand), [] },
        { typeof(GetIdcPermissionSetCommand), ["InstanceId", "Name", "PermissionSetId"] },
        { typeof(SetIdcPermissionSetCommand), ["Description", "InstanceId", "NewName", "PassThru", "PermissionSetId", "RelayState", "SessionDuration"] },
        { typeof(RemoveIdcPermissionSetCommand), ["Force", "InstanceId", "PermissionSetId"] },
        { typeof(GetIdcCustomPolicyCommand), ["AsObject", "InstanceId", "PermissionSetId"] },
        { typeof(RemoveIdcCustomPolicyCommand), ["Force", "InstanceId", "PermissionSetId"] },
        { typeof(GetIdcManagedPolicyCommand), ["InstanceId", "PermissionSetId"] },
        { typeof(AddIdcManagedPolicyCommand), ["InstanceId", "PassThru", "PermissionSetId", "PolicyId", "PolicyName"] },
        { typeof(RemoveIdcManagedPolicyCommand), ["InstanceId", "PermissionSetId", "PolicyId"] },
        { typeof(GetIdcPermissionSetTagCommand), ["PermissionSetId"] },
        { typeof(AddIdcPermissionSetTagCommand), ["PassThru", "PermissionSetId", "Tag"] },
        { typeof(RemoveIdcPermissionSetTagCommand), ["Key", "PermissionSetId"] },
    };

    /// <summary>What each command's objects bind by property name: the ids the other commands' objects carry.</summary>
    public static TheoryData<Type, string> PipelineBound => new()
    {
        { typeof(GetIdcPermissionSetCommand), "InstanceId" },
        { typeof(GetIdcPermissionSetCommand), "PermissionSetId" },
        { typeof(GetIdcPermissionSetCommand), "Name" },
        { typeof(SetIdcPermissionSetCommand), "PermissionSetId" },
        { typeof(RemoveIdcPermissionSetCommand), "InstanceId" },
        { typeof(RemoveIdcPermissionSetCommand), "PermissionSetId" },
        { typeof(GetIdcCustomPolicyCommand), "PermissionSetId" },
        { typeof(RemoveIdcCustomPolicyCommand), "PermissionSetId" },
        { typeof(GetIdcManagedPolicyCommand), "PermissionSetId" },
        { typeof(AddIdcManagedPolicyCommand), "PolicyId" },
        { typeof(RemoveIdcManagedPolicyCommand), "PolicyId" },
        { typeof(GetIdcPermissionSetTagCommand), "PermissionSetId" },
        { typeof(AddIdcPermissionSetTagCommand), "Tag" },
        { typeof(RemoveIdcPermissionSetTagCommand), "Key" },
    };

    [Theory]
    [MemberData(nameof(OwnParameters))]
    public void Each_command_has_exactly_its_documented_parameters(Type cmdlet, string[] own)
    {
        var expected = SharedParameters.Concat(own).OrderBy(n => n, StringComparer.Ordinal);

        Assert.Equal(expected, CmdletParameters.Of(cmdlet).Select(p => p.Name));
    }

    [Theory]
    [MemberData(nameof(PipelineBound))]
    public void Identifying_parameters_bind_from_the_pipeline_by_property_name(Type cmdlet, string parameter)
    {
        var declarations = CmdletParameters.Declarations(CmdletParameters.Named(cmdlet, parameter));

        Assert.All(declarations, d => Assert.True(d.ValueFromPipelineByPropertyName, cmdlet.Name + " -" + parameter));
    }

    [Fact]
    public void Get_IdcPermissionSet_takes_wildcards_in_Name_only()
    {
        var name = CmdletParameters.Named(typeof(GetIdcPermissionSetCommand), "Name");

        Assert.True(AttributeData.Has<SupportsWildcardsAttribute>(name));
        Assert.False(AttributeData.Has<SupportsWildcardsAttribute>(CmdletParameters.Named(typeof(GetIdcPermissionSetCommand), "PermissionSetId")));
    }

    [Fact]
    public void NewName_is_never_bound_from_a_piped_set_s_Name()
    {
        var declarations = CmdletParameters.Declarations(CmdletParameters.Named(typeof(SetIdcPermissionSetCommand), "NewName"));

        Assert.All(declarations, d => Assert.False(d.ValueFromPipelineByPropertyName));
    }

    [Fact]
    public void Managed_policy_parameters_accept_the_API_s_field_names_as_aliases()
    {
        Assert.Equal(["ManagedPolicyId"], CmdletParameters.Aliases(CmdletParameters.Named(typeof(AddIdcManagedPolicyCommand), "PolicyId")));
        Assert.Equal(["ManagedPolicyName"], CmdletParameters.Aliases(CmdletParameters.Named(typeof(AddIdcManagedPolicyCommand), "PolicyName")));
        Assert.Equal(["Tags"], CmdletParameters.Aliases(CmdletParameters.Named(typeof(AddIdcPermissionSetTagCommand), "Tag")));
    }

    [Fact]
    public void An_absence_is_a_warning_that_names_the_thing_and_quotes_the_service()
    {
        var warning = RemovalMessages.Warning(new RemovalResult(RemovalOutcome.WasAbsent, "Permission set ps-1 does not exist."), "permission set ps-1 in instance ins-1");

        Assert.Equal("Nothing removed: permission set ps-1 in instance ins-1 was already absent (the service says: Permission set ps-1 does not exist).", warning);
    }

    [Theory]
    [InlineData(RemovalOutcome.Removed)]
    [InlineData(RemovalOutcome.RemovedReplyLost)]
    public void A_removal_that_happened_gives_no_warning(RemovalOutcome outcome)
    {
        Assert.Null(RemovalMessages.Warning(new RemovalResult(outcome), "x"));
        Assert.StartsWith("Removed x", RemovalMessages.Verbose(new RemovalResult(outcome), "x"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_lost_reply_is_explained_on_the_verbose_stream()
    {
        Assert.Contains("reply was lost", RemovalMessages.Verbose(new RemovalResult(RemovalOutcome.RemovedReplyLost), "x"), StringComparison.Ordinal);
    }

    [Fact]
    public void Set_IdcPermissionSet_maps_blank_values_to_not_given()
    {
        var command = new SetIdcPermissionSetCommand { InstanceId = "ins-1", PermissionSetId = "ps-1", Description = "", RelayState = "https://x", SessionDuration = "" };

        var request = command.BuildRequest();

        Assert.Equal(("ins-1", "ps-1", null, "https://x", null), (request.InstanceId, request.PermissionSetId, request.Description, request.RelayState, request.SessionDuration));
    }

    [Fact]
    public void Add_IdcManagedPolicy_maps_a_blank_name_to_not_given()
    {
        var command = new AddIdcManagedPolicyCommand { InstanceId = "ins-1", PermissionSetId = "ps-1", PolicyId = "p1", PolicyName = "" };

        var request = command.BuildRequest();

        Assert.Equal(("ins-1", "ps-1", "p1", null), (request.InstanceId, request.PermissionSetId, request.PolicyId, request.PolicyName));
    }
}
