using System.Management.Automation;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Output;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.PowerShell.Tests;

public class OutputTypeNamesTests
{
    [Fact]
    public void Every_declared_output_type_has_a_stable_name_in_the_module_s_namespace()
    {
        var declared = ModuleCmdlets.Types()
            .SelectMany(AttributeData.Of<OutputTypeAttribute>)
            .SelectMany(a => AttributeData.PositionalArray<Type>(a, 0))
            .Distinct()
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(OutputTypeNames.ByType.Keys.OrderBy(t => t.Name, StringComparer.Ordinal), declared);
        Assert.All(declared, t => Assert.StartsWith("IdentityCenter.", OutputTypeNames.For(t), StringComparison.Ordinal));
        Assert.Equal(declared.Count, declared.Select(OutputTypeNames.For).Distinct().Count());
    }

    [Fact]
    public void The_names_do_not_depend_on_where_the_classes_live()
    {
        Assert.Equal("IdentityCenter.PermissionSet", OutputTypeNames.For(typeof(PermissionSet)));
        Assert.Equal("IdentityCenter.CustomPolicyAssignment", OutputTypeNames.For(typeof(CustomPolicyAssignment)));
        Assert.Equal("IdentityCenter.PolicyFinding", OutputTypeNames.For(typeof(PolicyCheckFinding)));
        Assert.Equal("IdentityCenter.Context", OutputTypeNames.For(typeof(IdcContext)));
        Assert.Equal("IdentityCenter.Instance", OutputTypeNames.For(typeof(IdentityCenterInstance)));
        Assert.Equal("IdentityCenter.ManagedPolicy", OutputTypeNames.For(typeof(AttachedManagedPolicy)));
        Assert.Equal("IdentityCenter.PermissionSetTag", OutputTypeNames.For(typeof(PermissionSetTagEntry)));
    }

    [Fact]
    public void A_type_the_module_does_not_write_has_no_name()
    {
        Assert.Throws<ArgumentException>(() => OutputTypeNames.For(typeof(string)));
    }

    [Fact]
    public void A_finding_carries_the_checker_s_finding_and_where_it_was_found()
    {
        var finding = new Core.Policy.PolicyFinding(Core.Policy.PolicyFindingSeverity.Error, "$.Version", "Policy.VersionValue", "Version is \"4.0\".");

        var output = new PolicyCheckFinding("/p.json", finding);

        Assert.Equal(("/p.json", Core.Policy.PolicyFindingSeverity.Error, "$.Version", "Policy.VersionValue"), (output.Source, output.Severity, output.Path, output.Code));
        Assert.Equal(finding.Message, output.Message);
        Assert.Equal(finding.ToString(), output.ToString());
    }
}
