using System.Xml.Linq;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Output;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.PowerShell.Tests;

public class FormatFileTests
{
    private static readonly XDocument Format = XDocument.Load(RepositoryFiles.PathOf("src", "IdentityCenter.PowerShell", "IdentityCenter.Format.ps1xml"));

    public static TheoryData<Type> OutputTypes => new()
    {
        typeof(PermissionSet), typeof(CustomPolicyAssignment), typeof(PolicyCheckFinding), typeof(IdcContext), typeof(IdentityCenterInstance),
        typeof(AttachedManagedPolicy), typeof(PermissionSetTagEntry),
    };

    [Fact]
    public void The_file_is_a_format_configuration_with_one_table_view_per_output_type()
    {
        Assert.Equal("Configuration", Format.Root!.Name.LocalName);

        var views = Format.Descendants("View").ToList();

        Assert.Equal(OutputTypeNames.ByType.Count, views.Count);
        Assert.All(views, v => Assert.NotNull(v.Element("TableControl")));
    }

    [Theory]
    [MemberData(nameof(OutputTypes))]
    public void Each_view_is_selected_by_the_stable_type_name_and_by_the_dotnet_type_name(Type type)
    {
        var view = View(type);
        var selected = view.Element("ViewSelectedBy")!.Elements("TypeName").Select(e => e.Value).ToList();

        Assert.Equal(new[] { OutputTypeNames.For(type), type.FullName }, selected);
        Assert.Equal(OutputTypeNames.For(type), view.Element("Name")!.Value);
    }

    [Fact]
    public void The_permission_set_table_shows_the_agreed_columns_in_order()
    {
        Assert.Equal(new[] { "Name", "PermissionSetId", "SessionDuration", "CreatedDate", "InstanceId" }, Labels(typeof(PermissionSet)));
    }

    [Fact]
    public void The_policy_table_shows_ids_and_the_policy_length_not_the_policy()
    {
        Assert.Equal(new[] { "PermissionSetId", "InstanceId", "PolicyLength" }, Labels(typeof(CustomPolicyAssignment)));
        Assert.Contains(View(typeof(CustomPolicyAssignment)).Descendants("ScriptBlock"), s => s.Value.Trim() == "$_.Policy.Length");
    }

    [Fact]
    public void The_lifecycle_tables_lead_with_what_a_person_reads_first()
    {
        Assert.Equal(new[] { "InstanceId", "Alias", "IdentityStoreId", "InstanceUrn" }, Labels(typeof(IdentityCenterInstance)));
        Assert.Equal(new[] { "PolicyName", "PolicyId", "PermissionSetId", "InstanceId" }, Labels(typeof(AttachedManagedPolicy)));
        Assert.Equal(new[] { "Key", "Value", "PermissionSetId" }, Labels(typeof(PermissionSetTagEntry)));
    }

    [Fact]
    public void Findings_are_grouped_by_the_policy_they_were_found_in_and_wrap_long_messages()
    {
        var view = View(typeof(PolicyCheckFinding));

        Assert.Equal(new[] { "Severity", "Code", "Path", "Message" }, Labels(typeof(PolicyCheckFinding)));
        Assert.Equal("Source", view.Element("GroupBy")!.Element("PropertyName")!.Value);
        Assert.NotNull(view.Descendants("Wrap").SingleOrDefault());
    }

    [Fact]
    public void The_context_table_pairs_each_setting_with_its_source_and_has_no_secret_column()
    {
        var labels = Labels(typeof(IdcContext)).ToList();

        Assert.Equal(new[] { "AccessKeyId", "CredentialSource", "DomainId", "DomainIdSource", "Endpoint", "EndpointSource" }, labels);
        Assert.DoesNotContain(labels, l => l.Contains("Secret", StringComparison.OrdinalIgnoreCase) || l.Contains("Token", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(OutputTypes))]
    public void Every_column_property_exists_on_its_type_and_headers_match_items(Type type)
    {
        var view = View(type);
        var properties = view.Descendants("TableColumnItem").Elements("PropertyName").Select(e => e.Value).ToList();

        Assert.All(properties, p => Assert.NotNull(type.GetProperty(p)));
        Assert.Equal(view.Descendants("TableColumnHeader").Count(), view.Descendants("TableColumnItem").Count());
    }

    private static XElement View(Type type) =>
        Format.Descendants("View").Single(v => v.Element("ViewSelectedBy")!.Elements("TypeName").Any(t => t.Value == type.FullName));

    private static IEnumerable<string> Labels(Type type) => View(type).Descendants("TableColumnHeader").Select(h => h.Element("Label")!.Value);
}
