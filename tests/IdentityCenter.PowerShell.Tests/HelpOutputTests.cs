using System.Xml.Linq;
using IdentityCenter.BuildTools.Help;
using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.PowerShell.Tests;

/// <summary>What the build writes from the module's help source: the MAML Get-Help reads and the about topic.</summary>
public class HelpOutputTests
{
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    private static readonly XDocument Help = XDocument.Parse(MamlWriter.Write(HelpFiles.Sources.Commands));

    [Fact]
    public void The_MAML_is_a_helpItems_document_with_one_command_per_cmdlet()
    {
        Assert.Equal(XName.Get("helpItems", "http://msh"), Help.Root!.Name);
        Assert.Equal("maml", (string?)Help.Root.Attribute("schema"));
        Assert.Equal(
            ModuleCmdlets.Names(),
            Help.Root.Elements(Command + "command").Select(c => c.Element(Command + "details")!.Element(Command + "name")!.Value).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Each_command_has_its_synopsis_verb_noun_description_examples_and_described_parameters()
    {
        foreach (var command in Help.Root!.Elements(Command + "command"))
        {
            var details = command.Element(Command + "details")!;
            var name = details.Element(Command + "name")!.Value;
            Assert.Equal(name, details.Element(Command + "verb")!.Value + "-" + details.Element(Command + "noun")!.Value);
            Assert.Contains(details.Element(Maml + "description")!.Elements(Maml + "para"), p => p.Value.Trim().Length > 0);
            Assert.NotEmpty(command.Element(Maml + "description")!.Elements(Maml + "para"));
            Assert.True(command.Element(Command + "examples")!.Elements(Command + "example").Count() >= 3, name);
            foreach (var parameter in command.Element(Command + "parameters")!.Elements(Command + "parameter"))
            {
                Assert.NotEmpty(parameter.Element(Maml + "description")!.Elements(Maml + "para"));
            }
        }
    }

    [Fact]
    public void The_syntax_has_one_item_per_parameter_set_and_switches_take_no_value_there()
    {
        var command = CommandNamed("New-IdcPermissionSet");
        var items = command.Element(Command + "syntax")!.Elements(Command + "syntaxItem").ToList();

        Assert.Equal(3, items.Count);
        var whatIf = items[0].Elements(Command + "parameter").Single(p => p.Element(Maml + "name")!.Value == "WhatIf");
        Assert.Null(whatIf.Element(Command + "parameterValue"));
        var instance = items[0].Elements(Command + "parameter").Single(p => p.Element(Maml + "name")!.Value == "InstanceId");
        Assert.Equal("true", (string?)instance.Attribute("required"));
        Assert.Equal("True (ByPropertyName)", (string?)instance.Attribute("pipelineInput"));
        Assert.Equal("String", instance.Element(Command + "parameterValue")!.Value);
    }

    [Fact]
    public void Parameters_carry_their_aliases_position_and_type()
    {
        var policy = CommandNamed("Test-IdcPolicy").Element(Command + "parameters")!.Elements(Command + "parameter").Single(p => p.Element(Maml + "name")!.Value == "Policy");

        Assert.Equal("0", (string?)policy.Attribute("position"));
        Assert.Equal("CustomPolicy", (string?)policy.Attribute("aliases"));
        Assert.Equal("String", policy.Element(Dev + "type")!.Element(Maml + "name")!.Value);
    }

    [Fact]
    public void Examples_keep_their_code_as_written_and_their_title()
    {
        var example = CommandNamed("Set-IdcCustomPolicy").Element(Command + "examples")!.Elements(Command + "example").First();

        Assert.Contains("Example 1", example.Element(Maml + "title")!.Value);
        Assert.Contains("[ordered]@{", example.Element(Dev + "code")!.Value);
        Assert.Contains("\n", example.Element(Dev + "code")!.Value);
        Assert.NotEmpty(example.Element(Dev + "remarks")!.Elements(Maml + "para"));
    }

    [Fact]
    public void Inline_marks_do_not_reach_the_console()
    {
        var paragraphs = Help.Descendants(Maml + "para").Select(p => p.Value);

        Assert.DoesNotContain(paragraphs, p => p.Contains("**", StringComparison.Ordinal) || p.Contains("](", StringComparison.Ordinal));
    }

    [Fact]
    public void The_about_topic_is_plain_text_within_80_columns_with_its_sections()
    {
        var text = AboutTextWriter.Write(Assert.Single(HelpFiles.Sources.AboutTopics));
        var lines = text.Split('\n');

        Assert.Equal("TOPIC", lines[0]);
        Assert.Equal("    about_IdentityCenter", lines[1]);
        Assert.Contains("SHORT DESCRIPTION", lines);
        Assert.Contains("LONG DESCRIPTION", lines);
        Assert.Contains("ERRORS AND HOW TO READ THEM", lines);
        Assert.All(lines, l => Assert.True(l.Length <= AboutTextWriter.Width, "too long: " + l));
        Assert.DoesNotContain("```", text);
    }

    [Fact]
    public void The_files_go_where_Get_Help_looks_for_a_binary_module_s_help()
    {
        var folder = Path.Combine(Path.GetTempPath(), "idc-help-" + Guid.NewGuid().ToString("N"));
        try
        {
            var assembly = Path.GetFileName(typeof(IdcCmdlet).Assembly.Location);

            var written = HelpOutput.Write(HelpFiles.Sources, folder, assembly);

            Assert.Equal(
                new[] { Path.Combine(folder, "en-US", "IdentityCenter.PowerShell.dll-Help.xml"), Path.Combine(folder, "en-US", "about_IdentityCenter.help.txt") },
                written);
            Assert.All(written, f => Assert.True(new FileInfo(f).Length > 1000, f));
            XDocument.Load(written[0]);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static XElement CommandNamed(string name) =>
        Help.Root!.Elements(Command + "command").Single(c => c.Element(Command + "details")!.Element(Command + "name")!.Value == name);
}
