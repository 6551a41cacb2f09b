using System.Xml.Linq;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.PowerShell.Tests;

public class FormatFileTests
{
    private static readonly XDocument Format = XDocument.Load(RepositoryFiles.PathOf("src", "IdentityCenter.PowerShell", "IdentityCenter.Format.ps1xml"));

    [Fact]
    public void The_file_is_a_format_configuration_with_a_view_per_output_type()
    {
        Assert.Equal("Configuration", Format.Root!.Name.LocalName);

        var selected = Format.Descendants("ViewSelectedBy").Elements("TypeName").Select(e => e.Value).OrderBy(v => v, StringComparer.Ordinal);

        Assert.Equal(new[] { typeof(CustomPolicyAssignment).FullName, typeof(PermissionSet).FullName }, selected);
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

    [Theory]
    [InlineData(typeof(PermissionSet))]
    [InlineData(typeof(CustomPolicyAssignment))]
    public void Every_column_property_exists_on_its_type_and_headers_match_items(Type type)
    {
        var view = View(type);
        var properties = view.Descendants("TableColumnItem").Elements("PropertyName").Select(e => e.Value).ToList();

        Assert.All(properties, p => Assert.NotNull(type.GetProperty(p)));
        Assert.Equal(view.Descendants("TableColumnHeader").Count(), view.Descendants("TableColumnItem").Count());
    }

    private static XElement View(Type type) =>
        Format.Descendants("View").Single(v => v.Element("ViewSelectedBy")!.Element("TypeName")!.Value == type.FullName);

    private static IEnumerable<string> Labels(Type type) => View(type).Descendants("TableColumnHeader").Select(h => h.Element("Label")!.Value);
}
