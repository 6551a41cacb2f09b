using System.Management.Automation;
using IdentityCenter.BuildTools.Help;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.PowerShell.Tests;

/// <summary>
/// The help source against the cmdlets themselves: every cmdlet has help, every public parameter is described with
/// metadata that matches its declaration, and every cmdlet has at least three examples of the kinds users need.
/// </summary>
public class HelpSourceTests
{
    public static TheoryData<Type> Cmdlets()
    {
        var data = new TheoryData<Type>();
        foreach (var type in ModuleCmdlets.Types())
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void There_is_a_help_file_for_each_cmdlet_and_for_nothing_else()
    {
        Assert.Equal(ModuleCmdlets.Names(), HelpFiles.Sources.Commands.Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Every_cmdlet_has_a_synopsis_and_a_description(Type cmdlet)
    {
        var help = HelpFor(cmdlet);

        Assert.False(string.IsNullOrWhiteSpace(help.Synopsis), help.Name + " has no synopsis");
        Assert.NotEmpty(help.Description);
        Assert.All(help.Description, p => Assert.False(string.IsNullOrWhiteSpace(p)));
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Every_public_parameter_is_described_and_the_help_names_no_other(Type cmdlet)
    {
        var help = HelpFor(cmdlet);
        var declared = DeclaredParameter.Of(cmdlet);

        Assert.Equal(declared.Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal), help.Parameters.Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
        foreach (var parameter in help.Parameters)
        {
            Assert.True(parameter.Description.Any(p => p.Trim().Length > 0), help.Name + " -" + parameter.Name + " has no description");
        }
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Every_parameter_s_metadata_in_the_help_matches_its_declaration(Type cmdlet)
    {
        var help = HelpFor(cmdlet);

        foreach (var declared in DeclaredParameter.Of(cmdlet))
        {
            var described = help.Parameter(declared.Name)!;
            var where = help.Name + " -" + declared.Name + ": ";
            Assert.True(declared.Type == described.Type, where + "Type is " + declared.Type + ", the help says " + described.Type);
            Assert.True(declared.Aliases.SequenceEqual(described.Aliases), where + "Aliases are '" + string.Join(", ", declared.Aliases) + "'");
            var expected = declared.Usages.Select(u => u.ToString()).OrderBy(u => u, StringComparer.Ordinal).ToList();
            var actual = described.Usages
                .Select(u => new DeclaredUsage(u.Sets.OrderBy(s => s, StringComparer.Ordinal).ToList(), u.Required, u.Position, u.PipelineInput).ToString())
                .OrderBy(u => u, StringComparer.Ordinal)
                .ToList();
            Assert.True(expected.SequenceEqual(actual), where + "declared as [" + string.Join("; ", expected) + "], the help says [" + string.Join("; ", actual) + "]");
        }
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void The_syntax_lists_exactly_the_cmdlet_s_parameter_sets_and_marks_its_default(Type cmdlet)
    {
        var help = HelpFor(cmdlet);
        var (sets, defaultSet) = DeclaredParameter.SetsOf(cmdlet);

        Assert.Equal(sets, help.Syntax.Select(s => s.Name).OrderBy(s => s, StringComparer.Ordinal));
        Assert.Equal(defaultSet, help.Syntax.SingleOrDefault(s => s.IsDefault)?.Name);
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Every_cmdlet_has_at_least_three_examples_one_from_a_CSV_file_and_one_runbook_with_environment_credentials(Type cmdlet)
    {
        var help = HelpFor(cmdlet);

        Assert.True(help.Examples.Count >= 3, help.Name + " has " + help.Examples.Count + " examples; it needs at least three.");
        Assert.All(help.Examples, e => Assert.False(string.IsNullOrWhiteSpace(e.Code), help.Name + ": " + e.Title + " has no code"));
        Assert.All(help.Examples, e => Assert.NotEmpty(e.Remarks));
        Assert.Contains(help.Examples, e => e.Code.Contains("Import-Csv", StringComparison.Ordinal));
        Assert.Contains(help.Examples, e => e.Title.Contains("runbook", StringComparison.OrdinalIgnoreCase) && e.Code.Contains("HUAWEICLOUD_SDK_", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void The_outputs_name_the_declared_output_type(Type cmdlet)
    {
        var help = HelpFor(cmdlet);
        var declared = AttributeData.Of<OutputTypeAttribute>(cmdlet).SelectMany(a => AttributeData.PositionalArray<Type>(a, 0)).Select(t => t.FullName!).ToList();

        Assert.Equal(declared.Count == 0 ? new[] { "None" } : declared, help.Outputs.Select(o => o.TypeName));
        Assert.All(help.Outputs, o => Assert.NotEmpty(o.Description));
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Every_cmdlet_links_to_the_about_topic(Type cmdlet)
    {
        Assert.Contains(HelpFor(cmdlet).RelatedLinks, l => l.Text == "about_IdentityCenter");
    }

    [Fact]
    public void The_about_topic_covers_credentials_endpoints_the_emulator_and_errors()
    {
        var topic = Assert.Single(HelpFiles.Sources.AboutTopics);
        var sections = topic.Blocks.Where(b => b.IsHeading(2)).Select(b => b.Text.ToUpperInvariant()).ToList();

        Assert.Equal("about_IdentityCenter", topic.Name);
        foreach (var section in new[] { "SHORT DESCRIPTION", "LONG DESCRIPTION", "CREDENTIALS", "ENDPOINTS", "THE LOCAL EMULATOR", "ERRORS AND HOW TO READ THEM", "POLICIES", "TAB COMPLETION" })
        {
            Assert.Contains(section, sections);
        }
    }

    [Fact]
    public void The_about_topic_names_every_error_id_the_module_raises_itself()
    {
        var text = AboutTextWriter.Write(Assert.Single(HelpFiles.Sources.AboutTopics));
        var ids = typeof(Errors.ErrorMapper).GetFields().Where(f => f.IsLiteral && f.Name.EndsWith("Id", StringComparison.Ordinal)).Select(f => (string)f.GetRawConstantValue()!);

        Assert.All(ids, id => Assert.Contains(id, text));
    }

    private static CommandHelp HelpFor(Type cmdlet)
    {
        var attribute = AttributeData.Single<CmdletAttribute>(cmdlet);
        return HelpFiles.For(AttributeData.Positional(attribute, 0) + "-" + AttributeData.Positional(attribute, 1));
    }
}
