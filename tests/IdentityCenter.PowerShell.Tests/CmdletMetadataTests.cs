using System.Management.Automation;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.PowerShell.Tests;

public class CmdletMetadataTests
{
    // The approved verbs this module may use (Get-Verb); a new cmdlet with another verb fails here first.
    private static readonly string[] ApprovedVerbs = { "New", "Set", "Get", "Remove", "Add", "Clear", "Update", "Register", "Unregister" };

    public static TheoryData<Type> CmdletTypes => new() { typeof(NewIdcPermissionSetCommand), typeof(SetIdcCustomPolicyCommand) };

    public static TheoryData<Type, string, string> Names => new()
    {
        { typeof(NewIdcPermissionSetCommand), "New", "IdcPermissionSet" },
        { typeof(SetIdcCustomPolicyCommand), "Set", "IdcCustomPolicy" },
    };

    public static TheoryData<Type, Type> Outputs => new()
    {
        { typeof(NewIdcPermissionSetCommand), typeof(PermissionSet) },
        { typeof(SetIdcCustomPolicyCommand), typeof(CustomPolicyAssignment) },
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
    [MemberData(nameof(CmdletTypes))]
    public void Changing_cmdlets_support_ShouldProcess(Type cmdlet)
    {
        var attribute = AttributeData.Single<CmdletAttribute>(cmdlet);

        Assert.True(AttributeData.Named<bool>(attribute, nameof(CmdletAttribute.SupportsShouldProcess)));
    }

    [Theory]
    [MemberData(nameof(CmdletTypes))]
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
    public void Every_cmdlet_is_public_sealed_and_derives_from_the_shared_base()
    {
        var cmdlets = ModuleCmdlets.Types();

        Assert.Equal(new[] { typeof(NewIdcPermissionSetCommand), typeof(SetIdcCustomPolicyCommand) }, cmdlets);
        Assert.All(cmdlets, t => Assert.True(typeof(IdcCmdlet).IsAssignableFrom(t), t.Name));
        Assert.All(cmdlets, t => Assert.True(t.IsPublic && t.IsSealed, t.Name + " must be public and sealed"));
    }
}
