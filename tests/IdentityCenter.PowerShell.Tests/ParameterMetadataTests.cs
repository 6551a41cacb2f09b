using System.Collections;
using System.Management.Automation;
using System.Security;
using IdentityCenter.Core.Validation;
using IdentityCenter.PowerShell.Arguments;
using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.Completion;
using IdentityCenter.PowerShell.Policies;
using IdentityCenter.PowerShell.Tests.Support;
using IdentityCenter.PowerShell.Threading;

namespace IdentityCenter.PowerShell.Tests;

public class ParameterMetadataTests
{
    private static readonly Type New = typeof(NewIdcPermissionSetCommand);
    private static readonly Type Set = typeof(SetIdcCustomPolicyCommand);
    private static readonly Type Connect = typeof(ConnectIdcServiceCommand);
    private static readonly Type Test = typeof(TestIdcPolicyCommand);

    private static readonly string[] SharedParameters = { "AccessKeyId", "Credential", "DomainId", "EndpointUrl", "SecretAccessKey", "SecurityToken" };

    /// <summary>The commands with the credential parameters.</summary>
    public static TheoryData<Type> CmdletTypes => new() { New, Set, Connect };

    [Fact]
    public void New_IdcPermissionSet_has_exactly_the_documented_parameters()
    {
        var expected = SharedParameters.Concat(new[] { "Description", "InstanceId", "Name", "RelayState", "SessionDuration", "Tag", "ThrottleLimit", "UseExisting" });

        Assert.Equal(expected.OrderBy(n => n, StringComparer.Ordinal), CmdletParameters.Of(New).Select(p => p.Name));
    }

    [Fact]
    public void Set_IdcCustomPolicy_has_exactly_the_documented_parameters()
    {
        var expected = SharedParameters.Concat(new[] { "InstanceId", "PassThru", "PermissionSetId", "Policy", "PolicyPath", "SkipPolicyValidation", "ThrottleLimit" });

        Assert.Equal(expected.OrderBy(n => n, StringComparer.Ordinal), CmdletParameters.Of(Set).Select(p => p.Name));
    }

    [Fact]
    public void Connect_IdcService_has_the_credential_parameters_a_profile_name_the_instance_switch_and_PassThru()
    {
        var expected = SharedParameters.Concat(new[] { "PassThru", "ProfileName", "UseInstanceCredential" });

        Assert.Equal(expected.OrderBy(n => n, StringComparer.Ordinal), CmdletParameters.Of(Connect).Select(p => p.Name));
    }

    [Fact]
    public void Test_IdcPolicy_takes_a_policy_or_a_path_and_no_credentials()
    {
        Assert.Equal(new[] { "Policy", "PolicyPath" }, CmdletParameters.Of(Test).Select(p => p.Name));
    }

    [Theory]
    [InlineData(typeof(GetIdcContextCommand))]
    [InlineData(typeof(DisconnectIdcServiceCommand))]
    public void Session_commands_without_parameters_have_none(Type cmdlet)
    {
        Assert.Empty(CmdletParameters.Of(cmdlet));
    }

    [Fact]
    public void A_profile_name_is_mandatory_in_its_own_parameter_set()
    {
        var declaration = Assert.Single(CmdletParameters.Declarations(CmdletParameters.Named(Connect, "ProfileName")));

        Assert.True(declaration.Mandatory);
        Assert.Equal(ParameterSets.Profile, declaration.ParameterSetName);
        Assert.False(declaration.ValueFromPipelineByPropertyName);
    }

    [Theory]
    [InlineData(typeof(SetIdcCustomPolicyCommand))]
    [InlineData(typeof(TestIdcPolicyCommand))]
    public void Policy_is_text_that_hashtables_and_objects_are_transformed_into(Type cmdlet)
    {
        var policy = CmdletParameters.Named(cmdlet, "Policy");

        Assert.Equal(typeof(string), policy.PropertyType);
        Assert.True(AttributeData.Has<PolicyTransformationAttribute>(policy));
        Assert.Equal(typeof(string), CmdletParameters.Named(cmdlet, "PolicyPath").PropertyType);
    }

    [Fact]
    public void Test_IdcPolicy_takes_the_policy_by_position_and_files_from_Get_ChildItem_by_FullName()
    {
        var declaration = Assert.Single(CmdletParameters.Declarations(CmdletParameters.Named(Test, "Policy")));
        var position = Assert.Single(AttributeData.Of<ParameterAttribute>(CmdletParameters.Named(Test, "Policy")))
            .NamedArguments.Single(a => a.MemberName == nameof(ParameterAttribute.Position)).TypedValue.Value;

        Assert.Equal(0, position);
        Assert.True(declaration.ValueFromPipelineByPropertyName);
        Assert.False(declaration.ValueFromPipeline, "a whole row piped in must not be taken for the policy");
        Assert.Equal(new[] { "FullName" }, CmdletParameters.Aliases(CmdletParameters.Named(Test, "PolicyPath")));
    }

    [Fact]
    public void SkipPolicyValidation_is_a_switch()
    {
        Assert.Equal(typeof(SwitchParameter), CmdletParameters.Named(Set, "SkipPolicyValidation").PropertyType);
    }

    [Theory]
    [InlineData(typeof(NewIdcPermissionSetCommand), "InstanceId", typeof(InstanceIdCompleter))]
    [InlineData(typeof(SetIdcCustomPolicyCommand), "InstanceId", typeof(InstanceIdCompleter))]
    [InlineData(typeof(NewIdcPermissionSetCommand), "SessionDuration", typeof(SessionDurationCompleter))]
    public void Parameters_complete_with_their_completer(Type cmdlet, string name, Type completer)
    {
        var attribute = AttributeData.Single<ArgumentCompleterAttribute>(CmdletParameters.Named(cmdlet, name));

        Assert.Equal(completer, AttributeData.Positional(attribute, 0));
        Assert.True(typeof(IArgumentCompleter).IsAssignableFrom(completer));
        Assert.True(completer.IsPublic, "PowerShell creates the completer itself");
        Assert.NotNull(completer.GetConstructor(Type.EmptyTypes));
    }

    [Theory]
    [InlineData(typeof(NewIdcPermissionSetCommand), "InstanceId", true)]
    [InlineData(typeof(NewIdcPermissionSetCommand), "Name", true)]
    [InlineData(typeof(NewIdcPermissionSetCommand), "Description", false)]
    [InlineData(typeof(NewIdcPermissionSetCommand), "RelayState", false)]
    [InlineData(typeof(NewIdcPermissionSetCommand), "SessionDuration", false)]
    [InlineData(typeof(NewIdcPermissionSetCommand), "Tag", false)]
    [InlineData(typeof(SetIdcCustomPolicyCommand), "InstanceId", true)]
    [InlineData(typeof(SetIdcCustomPolicyCommand), "PermissionSetId", true)]
    [InlineData(typeof(SetIdcCustomPolicyCommand), "Policy", false)]
    [InlineData(typeof(SetIdcCustomPolicyCommand), "PolicyPath", false)]
    [InlineData(typeof(TestIdcPolicyCommand), "PolicyPath", false)]
    public void Resource_parameters_bind_by_property_name_in_every_parameter_set(Type cmdlet, string name, bool mandatory)
    {
        var declaration = Assert.Single(CmdletParameters.Declarations(CmdletParameters.Named(cmdlet, name)));

        Assert.True(declaration.ValueFromPipelineByPropertyName, "-" + name + " must bind by property name");
        Assert.False(declaration.ValueFromPipeline, "-" + name + " must not take whole pipeline objects");
        Assert.Equal(mandatory, declaration.Mandatory);
        Assert.Null(declaration.ParameterSetName);
    }

    [Theory]
    [MemberData(nameof(CmdletTypes))]
    public void Access_key_pair_is_mandatory_together_in_its_own_parameter_set(Type cmdlet)
    {
        foreach (var name in new[] { "AccessKeyId", "SecretAccessKey" })
        {
            var declaration = Assert.Single(CmdletParameters.Declarations(CmdletParameters.Named(cmdlet, name)));
            Assert.True(declaration.Mandatory, "-" + name);
            Assert.Equal(ParameterSets.AccessKey, declaration.ParameterSetName);
            Assert.False(declaration.ValueFromPipelineByPropertyName, "credentials never come from pipeline objects");
        }
    }

    [Theory]
    [MemberData(nameof(CmdletTypes))]
    public void Credential_is_mandatory_in_its_own_parameter_set(Type cmdlet)
    {
        var parameter = CmdletParameters.Named(cmdlet, "Credential");
        var declaration = Assert.Single(CmdletParameters.Declarations(parameter));

        Assert.True(declaration.Mandatory);
        Assert.Equal(ParameterSets.Credential, declaration.ParameterSetName);
        Assert.Equal(typeof(PSCredential), parameter.PropertyType);
        Assert.True(AttributeData.Has<CredentialAttribute>(parameter), "-Credential takes a user name and prompts for the secret");
    }

    [Theory]
    [MemberData(nameof(CmdletTypes))]
    public void Security_token_is_optional_with_either_explicit_credential_set(Type cmdlet)
    {
        var declarations = CmdletParameters.Declarations(CmdletParameters.Named(cmdlet, "SecurityToken"));

        Assert.Equal(
            new[] { ParameterSets.AccessKey, ParameterSets.Credential },
            declarations.Select(d => d.ParameterSetName).OrderBy(n => n, StringComparer.Ordinal));
        Assert.All(declarations, d => Assert.False(d.Mandatory));
    }

    [Theory]
    [MemberData(nameof(CmdletTypes))]
    public void Domain_id_and_endpoint_are_optional_in_every_parameter_set(Type cmdlet)
    {
        foreach (var name in new[] { "DomainId", "EndpointUrl" })
        {
            var declaration = Assert.Single(CmdletParameters.Declarations(CmdletParameters.Named(cmdlet, name)));
            Assert.False(declaration.Mandatory, "-" + name);
            Assert.Null(declaration.ParameterSetName);
        }
    }

    [Theory]
    [MemberData(nameof(CmdletTypes))]
    public void Secrets_are_SecureString_or_PSCredential_never_plain_strings(Type cmdlet)
    {
        var secretLike = CmdletParameters.Of(cmdlet)
            .Where(p => new[] { "Secret", "Token", "Password", "Credential" }.Any(word => p.Name.Contains(word, StringComparison.OrdinalIgnoreCase)))
            .Where(p => p.PropertyType != typeof(SwitchParameter)) // -UseInstanceCredential chooses a source; it holds no secret
            .ToList();

        Assert.Equal(new[] { "Credential", "SecretAccessKey", "SecurityToken" }, secretLike.Select(p => p.Name));
        Assert.All(secretLike, p => Assert.NotEqual(typeof(string), p.PropertyType));
        Assert.Equal(typeof(SecureString), CmdletParameters.Named(cmdlet, "SecretAccessKey").PropertyType);
        Assert.Equal(typeof(SecureString), CmdletParameters.Named(cmdlet, "SecurityToken").PropertyType);
    }

    [Theory]
    [MemberData(nameof(CmdletTypes))]
    public void No_parameter_of_any_name_takes_a_secret_as_a_string(Type cmdlet)
    {
        var strings = CmdletParameters.Of(cmdlet).Where(p => p.PropertyType == typeof(string)).Select(p => p.Name);

        Assert.DoesNotContain(strings, n => n.Contains("Secret", StringComparison.OrdinalIgnoreCase)
            || n.Contains("Token", StringComparison.OrdinalIgnoreCase)
            || n.Contains("Password", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(CmdletTypes))]
    public void Parameter_names_are_PascalCase_and_singular(Type cmdlet)
    {
        foreach (var parameter in CmdletParameters.Of(cmdlet))
        {
            Assert.True(char.IsUpper(parameter.Name[0]), parameter.Name);
            Assert.False(parameter.Name.EndsWith('s'), "-" + parameter.Name + " should be singular");
        }
    }

    [Fact]
    public void Tag_takes_the_plural_alias_a_dictionary_and_text()
    {
        var tag = CmdletParameters.Named(New, "Tag");

        Assert.Equal(new[] { "Tags" }, CmdletParameters.Aliases(tag));
        Assert.Equal(typeof(IDictionary), tag.PropertyType);
        Assert.True(AttributeData.Has<TagTransformationAttribute>(tag));
        Assert.True(AttributeData.Has<ValidateTagAttribute>(tag));
    }

    [Fact]
    public void Policy_takes_the_CustomPolicy_alias()
    {
        Assert.Equal(new[] { "CustomPolicy" }, CmdletParameters.Aliases(CmdletParameters.Named(Set, "Policy")));
    }

    [Fact]
    public void Session_duration_is_text_that_a_TimeSpan_is_transformed_into_and_validated_at_binding()
    {
        var duration = CmdletParameters.Named(New, "SessionDuration");

        Assert.Equal(typeof(string), duration.PropertyType);
        Assert.True(AttributeData.Has<SessionDurationTransformationAttribute>(duration));
        Assert.True(AttributeData.Has<ValidateSessionDurationAttribute>(duration));
    }

    [Theory]
    [InlineData(typeof(NewIdcPermissionSetCommand), "Name", Limits.NameMin, Limits.NameMax)]
    [InlineData(typeof(NewIdcPermissionSetCommand), "Description", 0, Limits.DescriptionMax)]
    [InlineData(typeof(NewIdcPermissionSetCommand), "RelayState", 0, Limits.RelayStateMax)]
    // Empty binds, as a blank cell of a CSV file with Policy and PolicyPath columns must, and counts as not given.
    [InlineData(typeof(SetIdcCustomPolicyCommand), "Policy", 0, Limits.PolicyMax)]
    public void Length_limits_are_the_documented_ones(Type cmdlet, string name, int min, int max)
    {
        var attribute = AttributeData.Single<ValidateLengthAttribute>(CmdletParameters.Named(cmdlet, name));

        Assert.Equal(min, AttributeData.Positional(attribute, 0));
        Assert.Equal(max, AttributeData.Positional(attribute, 1));
    }

    [Fact]
    public void ThrottleLimit_is_one_by_default_from_1_to_the_limiter_s_ceiling_and_not_from_the_pipeline()
    {
        foreach (var cmdlet in new[] { New, Set })
        {
            var parameter = CmdletParameters.Named(cmdlet, "ThrottleLimit");
            var range = AttributeData.Single<ValidateRangeAttribute>(parameter);

            Assert.Equal((1, ConcurrencyLimiter.MaxCeiling), ((int)AttributeData.Positional(range, 0)!, (int)AttributeData.Positional(range, 1)!));
            Assert.All(CmdletParameters.Declarations(parameter), d => Assert.False(d.ValueFromPipeline || d.ValueFromPipelineByPropertyName || d.Mandatory));
        }

        Assert.Equal(1, new NewIdcPermissionSetCommand().ThrottleLimit);
        Assert.Equal(1, new SetIdcCustomPolicyCommand().ThrottleLimit);
    }

    [Fact]
    public void Documented_limits_have_the_values_the_API_reference_gives()
    {
        // A change in Limits flows into the attributes above; this pins the numbers against the API reference.
        Assert.Equal((1, 32, 1024, 240, 100, 131072), (Limits.NameMin, Limits.NameMax, Limits.DescriptionMax, Limits.RelayStateMax, Limits.SessionDurationMax, Limits.PolicyMax));
    }

    [Theory]
    [InlineData(typeof(NewIdcPermissionSetCommand), "InstanceId")]
    [InlineData(typeof(SetIdcCustomPolicyCommand), "InstanceId")]
    [InlineData(typeof(SetIdcCustomPolicyCommand), "PermissionSetId")]
    [InlineData(typeof(NewIdcPermissionSetCommand), "AccessKeyId")]
    [InlineData(typeof(NewIdcPermissionSetCommand), "DomainId")]
    [InlineData(typeof(NewIdcPermissionSetCommand), "EndpointUrl")]
    public void Identifiers_may_not_be_null_or_empty(Type cmdlet, string name)
    {
        Assert.True(AttributeData.Has<ValidateNotNullOrEmptyAttribute>(CmdletParameters.Named(cmdlet, name)), "-" + name);
    }

    [Fact]
    public void PassThru_is_a_switch()
    {
        Assert.Equal(typeof(SwitchParameter), CmdletParameters.Named(Set, "PassThru").PropertyType);
    }
}
