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
        typeof(NewIdcAccountAssignmentCommand), typeof(RemoveIdcAccountAssignmentCommand), typeof(InstallIdcPermissionSetCommand),
        typeof(NewIdcPermissionSetCommand), typeof(SetIdcCustomPolicyCommand), typeof(SetIdcPermissionSetCommand), typeof(RemoveIdcPermissionSetCommand),
        typeof(RemoveIdcCustomPolicyCommand), typeof(AddIdcManagedPolicyCommand), typeof(RemoveIdcManagedPolicyCommand),
        typeof(AddIdcPermissionSetTagCommand), typeof(RemoveIdcPermissionSetTagCommand),
    };

    /// <summary>The removals that cannot be undone: they ask first (ConfirmImpact High) unless -Force is given.</summary>
    public static TheoryData<Type> IrreversibleRemovals => new() { typeof(RemoveIdcPermissionSetCommand), typeof(RemoveIdcCustomPolicyCommand) };

    /// <summary>The commands that read the service and change nothing.</summary>
    public static TheoryData<Type> ReadingCmdlets => new()
    {
        typeof(GetIdcInstanceCommand), typeof(GetIdcPermissionSetCommand), typeof(GetIdcCustomPolicyCommand), typeof(GetIdcManagedPolicyCommand),
        typeof(GetIdcPermissionSetTagCommand),
    };

    /// <summary>The commands that change nothing in the service, so -WhatIf would mean nothing.</summary>
    public static TheoryData<Type> NonChangingCmdlets => new()
    {
        typeof(GetIdcAccountAssignmentCommand), typeof(GetIdcAccountAssignmentRequestCommand), typeof(GetIdcPermissionSetProvisioningRequestCommand),
        typeof(GetIdcProvisionedPermissionSetCommand),
        typeof(ConnectIdcServiceCommand), typeof(DisconnectIdcServiceCommand), typeof(GetIdcContextCommand), typeof(TestIdcPolicyCommand),
        typeof(GetIdcInstanceCommand), typeof(GetIdcPermissionSetCommand), typeof(GetIdcCustomPolicyCommand), typeof(GetIdcManagedPolicyCommand),
        typeof(GetIdcPermissionSetTagCommand),
    };

    /// <summary>The commands that take credentials, whose default parameter set is the one without them.</summary>
    public static TheoryData<Type> CredentialCmdlets => new()
    {
        typeof(NewIdcAccountAssignmentCommand), typeof(RemoveIdcAccountAssignmentCommand), typeof(InstallIdcPermissionSetCommand),
        typeof(GetIdcAccountAssignmentCommand), typeof(GetIdcAccountAssignmentRequestCommand), typeof(GetIdcPermissionSetProvisioningRequestCommand),
        typeof(GetIdcProvisionedPermissionSetCommand),
        typeof(NewIdcPermissionSetCommand), typeof(SetIdcCustomPolicyCommand), typeof(ConnectIdcServiceCommand),
        typeof(GetIdcInstanceCommand), typeof(GetIdcPermissionSetCommand), typeof(SetIdcPermissionSetCommand), typeof(RemoveIdcPermissionSetCommand),
        typeof(GetIdcCustomPolicyCommand), typeof(RemoveIdcCustomPolicyCommand), typeof(GetIdcManagedPolicyCommand), typeof(AddIdcManagedPolicyCommand),
        typeof(RemoveIdcManagedPolicyCommand), typeof(GetIdcPermissionSetTagCommand), typeof(AddIdcPermissionSetTagCommand),
        typeof(RemoveIdcPermissionSetTagCommand),
    };

    public static TheoryData<Type, string, string> Names => new()
    {
        { typeof(NewIdcAccountAssignmentCommand), "New", "IdcAccountAssignment" },
        { typeof(RemoveIdcAccountAssignmentCommand), "Remove", "IdcAccountAssignment" },
        { typeof(GetIdcAccountAssignmentCommand), "Get", "IdcAccountAssignment" },
        { typeof(GetIdcAccountAssignmentRequestCommand), "Get", "IdcAccountAssignmentRequest" },
        { typeof(InstallIdcPermissionSetCommand), "Install", "IdcPermissionSet" },
        { typeof(GetIdcPermissionSetProvisioningRequestCommand), "Get", "IdcPermissionSetProvisioningRequest" },
        { typeof(GetIdcProvisionedPermissionSetCommand), "Get", "IdcProvisionedPermissionSet" },
        { typeof(NewIdcPermissionSetCommand), "New", "IdcPermissionSet" },
        { typeof(SetIdcCustomPolicyCommand), "Set", "IdcCustomPolicy" },
        { typeof(ConnectIdcServiceCommand), "Connect", "IdcService" },
        { typeof(DisconnectIdcServiceCommand), "Disconnect", "IdcService" },
        { typeof(GetIdcContextCommand), "Get", "IdcContext" },
        { typeof(TestIdcPolicyCommand), "Test", "IdcPolicy" },
        { typeof(GetIdcInstanceCommand), "Get", "IdcInstance" },
        { typeof(GetIdcPermissionSetCommand), "Get", "IdcPermissionSet" },
        { typeof(SetIdcPermissionSetCommand), "Set", "IdcPermissionSet" },
        { typeof(RemoveIdcPermissionSetCommand), "Remove", "IdcPermissionSet" },
        { typeof(GetIdcCustomPolicyCommand), "Get", "IdcCustomPolicy" },
        { typeof(RemoveIdcCustomPolicyCommand), "Remove", "IdcCustomPolicy" },
        { typeof(GetIdcManagedPolicyCommand), "Get", "IdcManagedPolicy" },
        { typeof(AddIdcManagedPolicyCommand), "Add", "IdcManagedPolicy" },
        { typeof(RemoveIdcManagedPolicyCommand), "Remove", "IdcManagedPolicy" },
        { typeof(GetIdcPermissionSetTagCommand), "Get", "IdcPermissionSetTag" },
        { typeof(AddIdcPermissionSetTagCommand), "Add", "IdcPermissionSetTag" },
        { typeof(RemoveIdcPermissionSetTagCommand), "Remove", "IdcPermissionSetTag" },
    };

    public static TheoryData<Type, Type> Outputs => new()
    {
        { typeof(NewIdcAccountAssignmentCommand), typeof(AccountAssignmentStatus) },
        { typeof(RemoveIdcAccountAssignmentCommand), typeof(AccountAssignmentStatus) },
        { typeof(GetIdcAccountAssignmentCommand), typeof(AccountAssignment) },
        { typeof(GetIdcAccountAssignmentRequestCommand), typeof(AccountAssignmentStatus) },
        { typeof(InstallIdcPermissionSetCommand), typeof(PermissionSetProvisioningStatus) },
        { typeof(GetIdcPermissionSetProvisioningRequestCommand), typeof(PermissionSetProvisioningStatus) },
        { typeof(GetIdcProvisionedPermissionSetCommand), typeof(ProvisionedPermissionSet) },
        { typeof(NewIdcPermissionSetCommand), typeof(PermissionSet) },
        { typeof(SetIdcCustomPolicyCommand), typeof(CustomPolicyAssignment) },
        { typeof(ConnectIdcServiceCommand), typeof(IdcContext) },
        { typeof(GetIdcContextCommand), typeof(IdcContext) },
        { typeof(TestIdcPolicyCommand), typeof(PolicyCheckFinding) },
        { typeof(GetIdcInstanceCommand), typeof(IdentityCenterInstance) },
        { typeof(GetIdcPermissionSetCommand), typeof(PermissionSet) },
        { typeof(SetIdcPermissionSetCommand), typeof(PermissionSet) },
        { typeof(GetIdcCustomPolicyCommand), typeof(CustomPolicyAssignment) },
        { typeof(GetIdcManagedPolicyCommand), typeof(AttachedManagedPolicy) },
        { typeof(AddIdcManagedPolicyCommand), typeof(AttachedManagedPolicy) },
        { typeof(GetIdcPermissionSetTagCommand), typeof(PermissionSetTagEntry) },
        { typeof(AddIdcPermissionSetTagCommand), typeof(PermissionSetTagEntry) },
    };

    /// <summary>Removals write nothing on success (a warning when there was nothing to remove).</summary>
    public static TheoryData<Type> SilentRemovals => new()
    {
        typeof(RemoveIdcPermissionSetCommand), typeof(RemoveIdcCustomPolicyCommand), typeof(RemoveIdcManagedPolicyCommand), typeof(RemoveIdcPermissionSetTagCommand),
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

    [Theory]
    [MemberData(nameof(IrreversibleRemovals))]
    public void Irreversible_removals_ask_first_and_offer_Force(Type cmdlet)
    {
        var attribute = AttributeData.Single<CmdletAttribute>(cmdlet);

        Assert.Equal(ConfirmImpact.High, (ConfirmImpact)AttributeData.Named<int>(attribute, nameof(CmdletAttribute.ConfirmImpact)));
        Assert.True(typeof(IdcRemovalCmdlet).IsAssignableFrom(cmdlet));
        Assert.Contains(CmdletParameters.Of(cmdlet), p => p.Name == "Force" && p.PropertyType == typeof(SwitchParameter));
    }

    [Theory]
    [MemberData(nameof(SilentRemovals))]
    public void Removals_declare_no_output_type(Type cmdlet)
    {
        Assert.False(AttributeData.Has<OutputTypeAttribute>(cmdlet));
    }

    [Theory]
    [MemberData(nameof(ReadingCmdlets))]
    public void Reading_cmdlets_call_the_service_through_the_shared_base(Type cmdlet)
    {
        Assert.True(typeof(IdcCmdlet).IsAssignableFrom(cmdlet));
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
                typeof(AddIdcManagedPolicyCommand), typeof(AddIdcPermissionSetTagCommand),
                typeof(ConnectIdcServiceCommand), typeof(DisconnectIdcServiceCommand),
                typeof(GetIdcAccountAssignmentCommand), typeof(GetIdcAccountAssignmentRequestCommand),
                typeof(GetIdcContextCommand), typeof(GetIdcCustomPolicyCommand), typeof(GetIdcInstanceCommand),
                typeof(GetIdcManagedPolicyCommand), typeof(GetIdcPermissionSetCommand),
                typeof(GetIdcPermissionSetProvisioningRequestCommand), typeof(GetIdcPermissionSetTagCommand),
                typeof(GetIdcProvisionedPermissionSetCommand), typeof(InstallIdcPermissionSetCommand),
                typeof(NewIdcAccountAssignmentCommand), typeof(NewIdcPermissionSetCommand),
                typeof(RemoveIdcAccountAssignmentCommand), typeof(RemoveIdcCustomPolicyCommand),
                typeof(RemoveIdcManagedPolicyCommand), typeof(RemoveIdcPermissionSetCommand),
                typeof(RemoveIdcPermissionSetTagCommand), typeof(SetIdcCustomPolicyCommand),
                typeof(SetIdcPermissionSetCommand), typeof(TestIdcPolicyCommand),
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
