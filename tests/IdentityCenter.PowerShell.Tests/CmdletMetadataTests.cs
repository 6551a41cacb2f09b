using System.Management.Automation;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.Output;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.PowerShell.Tests;

public class CmdletMetadataTests
{
    // The approved verbs this module may use (Get-Verb); a new cmdlet with another verb fails here first.
    private static readonly string[] ApprovedVerbs =
    {
        "New", "Set", "Get", "Remove", "Add", "Clear", "Update", "Register", "Unregister", "Connect", "Disconnect", "Test", "Install",
    };

    /// <summary>The commands that change the service: they support -WhatIf and -Confirm.</summary>
    public static TheoryData<Type> ChangingCmdlets => new()
    {
        typeof(NewIdcPermissionSetCommand), typeof(SetIdcCustomPolicyCommand), typeof(NewIdcAccountAssignmentCommand), typeof(RemoveIdcAccountAssignmentCommand),
        typeof(InstallIdcPermissionSetCommand),
    };

    /// <summary>The commands that change nothing in the service, so -WhatIf would mean nothing.</summary>
    public static TheoryData<Type> NonChangingCmdlets => new()
    {
        typeof(ConnectIdcServiceCommand), typeof(DisconnectIdcServiceCommand), typeof(GetIdcContextCommand), typeof(TestIdcPolicyCommand),
        typeof(GetIdcAccountAssignmentCommand), typeof(GetIdcAccountAssignmentRequestCommand), typeof(GetIdcPermissionSetProvisioningRequestCommand),
        typeof(GetIdcProvisionedPermissionSetCommand),
    };

    /// <summary>The commands that take credentials, whose default parameter set is the one without them.</summary>
    public static TheoryData<Type> CredentialCmdlets => new()
    {
        typeof(NewIdcPermissionSetCommand), typeof(SetIdcCustomPolicyCommand), typeof(ConnectIdcServiceCommand),
        typeof(NewIdcAccountAssignmentCommand), typeof(RemoveIdcAccountAssignmentCommand), typeof(InstallIdcPermissionSetCommand),
        typeof(GetIdcAccountAssignmentCommand), typeof(GetIdcAccountAssignmentRequestCommand), typeof(GetIdcPermissionSetProvisioningRequestCommand),
        typeof(GetIdcProvisionedPermissionSetCommand),
    };

    public static TheoryData<Type, string, string> Names => new()
    {
        { typeof(NewIdcPermissionSetCommand), "New", "IdcPermissionSet" },
        { typeof(SetIdcCustomPolicyCommand), "Set", "IdcCustomPolicy" },
        { typeof(ConnectIdcServiceCommand), "Connect", "IdcService" },
        { typeof(DisconnectIdcServiceCommand), "Disconnect", "IdcService" },
        { typeof(GetIdcContextCommand), "Get", "IdcContext" },
        { typeof(TestIdcPolicyCommand), "Test", "IdcPolicy" },
        { typeof(NewIdcAccountAssignmentCommand), "New", "IdcAccountAssignment" },
        { typeof(RemoveIdcAccountAssignmentCommand), "Remove", "IdcAccountAssignment" },
        { typeof(GetIdcAccountAssignmentCommand), "Get", "IdcAccountAssignment" },
        { typeof(GetIdcAccountAssignmentRequestCommand), "Get", "IdcAccountAssignmentRequest" },
        { typeof(InstallIdcPermissionSetCommand), "Install", "IdcPermissionSet" },
        { typeof(GetIdcPermissionSetProvisioningRequestCommand), "Get", "IdcPermissionSetProvisioningRequest" },
        { typeof(GetIdcProvisionedPermissionSetCommand), "Get", "IdcProvisionedPermissionSet" },
    };

    public static TheoryData<Type, Type> Outputs => new()
    {
        { typeof(NewIdcPermissionSetCommand), typeof(PermissionSet) },
        { typeof(SetIdcCustomPolicyCommand), typeof(CustomPolicyAssignment) },
        { typeof(ConnectIdcServiceCommand), typeof(IdcContext) },
        { typeof(GetIdcContextCommand), typeof(IdcContext) },
        { typeof(TestIdcPolicyCommand), typeof(PolicyCheckFinding) },
        { typeof(NewIdcAccountAssignmentCommand), typeof(AccountAssignmentStatus) },
        { typeof(RemoveIdcAccountAssignmentCommand), typeof(AccountAssignmentStatus) },
        { typeof(GetIdcAccountAssignmentCommand), typeof(AccountAssignment) },
        { typeof(GetIdcAccountAssignmentRequestCommand), typeof(AccountAssignmentStatus) },
        { typeof(InstallIdcPermissionSetCommand), typeof(PermissionSetProvisioningStatus) },
        { typeof(GetIdcPermissionSetProvisioningRequestCommand), typeof(PermissionSetProvisioningStatus) },
        { typeof(GetIdcProvisionedPermissionSetCommand), typeof(ProvisionedPermissionSet) },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Cmdlet_attribute_names_an_approved_verb_and_a_prefixed_singular_noun(Type cmdlet, string verb, string noun)
    {
        var attribute = AttributeData.Single<CmdletAttribute>(cmdlet);

        Assert.Equal(verb, AttributeData.Positional(attribute, 0));
        Assert.Equal(noun, AttributeData.Positional(attribute, 1));
        Assert.StartsWith("Idc", noun, StringComparison.Ordinal);
        Assert.False(noun.EndsWith('s'), "Nouns are singular: " + noun);
        Assert.Contains(verb, ApprovedVerbs);
        Assert.Equal(verb + noun + "Command", cmdlet.Name);
    }

    [Theory]
    [MemberData(nameof(ChangingCmdlets))]
    public void Changing_cmdlets_support_ShouldProcess(Type cmdlet)
    {
        var attribute = AttributeData.Single<CmdletAttribute>(cmdlet);

        Assert.True(AttributeData.Named<bool>(attribute, nameof(CmdletAttribute.SupportsShouldProcess)));
    }

    [Theory]
    [MemberData(nameof(NonChangingCmdlets))]
    public void Commands_that_change_nothing_in_the_service_offer_no_WhatIf(Type cmdlet)
    {
        var attribute = AttributeData.Single<CmdletAttribute>(cmdlet);

        Assert.False(AttributeData.Named<bool>(attribute, nameof(CmdletAttribute.SupportsShouldProcess)));
    }

    [Theory]
    [MemberData(nameof(CredentialCmdlets))]
    public void Default_parameter_set_is_the_one_without_credential_parameters(Type cmdlet)
    {
        var attribute = AttributeData.Single<CmdletAttribute>(cmdlet);

        Assert.Equal(ParameterSets.Default, AttributeData.Named<string>(attribute, nameof(CmdletAttribute.DefaultParameterSetName)));
        var namedSets = CmdletParameters.Of(cmdlet).SelectMany(CmdletParameters.Declarations).Select(d => d.ParameterSetName).ToList();
        Assert.DoesNotContain(ParameterSets.Default, namedSets);
    }

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Cmdlet_declares_its_output_type(Type cmdlet, Type output)
    {
        var attribute = AttributeData.Single<OutputTypeAttribute>(cmdlet);

        Assert.Equal(new[] { output }, AttributeData.PositionalArray<Type>(attribute, 0));
    }

    [Fact]
    public void Disconnect_writes_nothing_so_declares_no_output_type()
    {
        Assert.False(AttributeData.Has<OutputTypeAttribute>(typeof(DisconnectIdcServiceCommand)));
    }

    [Fact]
    public void Every_cmdlet_is_public_and_sealed_and_the_service_calls_share_one_base()
    {
        var cmdlets = ModuleCmdlets.Types();

        Assert.Equal(
            new[]
            {
                typeof(ConnectIdcServiceCommand), typeof(DisconnectIdcServiceCommand), typeof(GetIdcAccountAssignmentCommand),
                typeof(GetIdcAccountAssignmentRequestCommand), typeof(GetIdcContextCommand), typeof(GetIdcPermissionSetProvisioningRequestCommand),
                typeof(GetIdcProvisionedPermissionSetCommand), typeof(InstallIdcPermissionSetCommand), typeof(NewIdcAccountAssignmentCommand),
                typeof(NewIdcPermissionSetCommand), typeof(RemoveIdcAccountAssignmentCommand), typeof(SetIdcCustomPolicyCommand), typeof(TestIdcPolicyCommand),
            },
            cmdlets);
        Assert.All(cmdlets, t => Assert.True(t.IsPublic && t.IsSealed, t.Name + " must be public and sealed"));
        Assert.True(typeof(IdcCmdlet).IsAssignableFrom(typeof(NewIdcPermissionSetCommand)));
        Assert.True(typeof(IdcCmdlet).IsAssignableFrom(typeof(SetIdcCustomPolicyCommand)));
        Assert.All(
            new[] { typeof(NewIdcAccountAssignmentCommand), typeof(RemoveIdcAccountAssignmentCommand), typeof(InstallIdcPermissionSetCommand), typeof(GetIdcAccountAssignmentRequestCommand), typeof(GetIdcPermissionSetProvisioningRequestCommand) },
            t => Assert.True(typeof(IdcAsyncCmdlet).IsAssignableFrom(t), t.Name + " starts or follows asynchronous requests, so it takes -Wait"));

        // Connect-IdcService takes the same credential parameters but calls nothing, so it has no client.
        Assert.True(typeof(IdcCredentialCmdlet).IsAssignableFrom(typeof(ConnectIdcServiceCommand)));
        Assert.False(typeof(IdcCmdlet).IsAssignableFrom(typeof(ConnectIdcServiceCommand)));
    }
}
