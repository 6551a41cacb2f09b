using IdentityCenter.BuildTools.Help;

namespace IdentityCenter.BuildTools.Tests;

/// <summary>The help build's reading of markdown, on small sources made for each rule.</summary>
public class HelpReaderTests
{
    private const string Yaml = "```yaml\nType: String\nParameter Sets: (All)\nAliases:\n\nRequired: True\nPosition: Named\nDefault value: None\nAccept pipeline input: False\nAccept wildcard characters: False\n```\n";

    private static string Command(string syntax = "Get-Thing -Name <String> [<CommonParameters>]", string parameters = "### -Name\nThe name.\n\n" + Yaml, string examples = "### Example 1: One\n```powershell\nGet-Thing -Name a\n```\n\nGets a.\n") =>
        "---\nschema: 2.0.0\n---\n\n# Get-Thing\n\n## SYNOPSIS\nGets a thing.\n\n## SYNTAX\n\n### __AllParameterSets\n```\n" + syntax + "\n```\n\n" +
        "## DESCRIPTION\nFirst paragraph\ncontinues here.\n\nSecond with `code` and **bold** and [a link](https://example.test/x) and [a topic](about_Thing.md).\n\n- item one\n- item two\n\n" +
        "## EXAMPLES\n\n" + examples + "\n## PARAMETERS\n\n" + parameters + "### CommonParameters\nCommon.\n\n## INPUTS\n\n### None\nNothing.\n\n## OUTPUTS\n\n### System.Object\nA thing.\n\n" +
        "## NOTES\nA note.\n\n## RELATED LINKS\n\n[about_Thing](about_Thing.md)\n\n[Web](https://example.test/thing)\n";

    [Fact]
    public void A_well_formed_file_reads_into_every_part()
    {
        var help = CommandHelpReader.Read(Command(), "Get-Thing.md");

        Assert.Equal(("Get-Thing", "Get", "Thing"), (help.Name, help.Verb, help.Noun));
        Assert.Equal("Gets a thing.", help.Synopsis);
        Assert.Equal(
            new[] { "First paragraph continues here.", "Second with code and bold and a link (https://example.test/x) and a topic.", "- item one", "- item two" },
            help.Description);
        var example = Assert.Single(help.Examples);
        Assert.Equal(("Example 1: One", "Get-Thing -Name a"), (example.Title, example.Code));
        Assert.Equal(new[] { "Gets a." }, example.Remarks);
        var parameter = Assert.Single(help.Parameters);
        Assert.Equal(("Name", "String", "None", false), (parameter.Name, parameter.Type, parameter.DefaultValue, parameter.AcceptsWildcards));
        Assert.Equal(new[] { ParameterUsage.AllSets }, Assert.Single(parameter.Usages).Sets);
        Assert.Equal("System.Object", Assert.Single(help.Outputs).TypeName);
        Assert.Equal(new[] { "A note." }, help.Notes);
        Assert.Equal(new[] { ("about_Thing", ""), ("Web", "https://example.test/thing") }, help.RelatedLinks.Select(l => (l.Text, l.Uri)));
    }

    [Fact]
    public void A_syntax_line_that_disagrees_with_the_parameters_is_refused_with_the_line_it_should_be()
    {
        var error = Assert.Throws<HelpSourceException>(() => CommandHelpReader.Read(Command(syntax: "Get-Thing [-Name <String>] [<CommonParameters>]"), "Get-Thing.md"));

        Assert.Contains("Get-Thing.md", error.Message);
        Assert.Contains("Get-Thing -Name <String> [<CommonParameters>]", error.Message);
    }

    [Fact]
    public void A_syntax_line_may_be_wrapped()
    {
        CommandHelpReader.Read(Command(syntax: "Get-Thing\n -Name <String>\n [<CommonParameters>]"), "Get-Thing.md");
    }

    [Fact]
    public void A_parameter_without_metadata_is_refused()
    {
        var error = Assert.Throws<HelpSourceException>(() => CommandHelpReader.Read(Command(parameters: "### -Name\nThe name.\n\n"), "Get-Thing.md"));

        Assert.Contains("no yaml block", error.Message);
    }

    [Fact]
    public void An_example_without_code_is_refused()
    {
        var error = Assert.Throws<HelpSourceException>(() => CommandHelpReader.Read(Command(examples: "### Example 1: Nothing\nJust words.\n"), "Get-Thing.md"));

        Assert.Contains("no code block", error.Message);
    }

    [Fact]
    public void An_unknown_section_is_refused_naming_the_known_ones()
    {
        var error = Assert.Throws<HelpSourceException>(() => CommandHelpReader.Read(Command().Replace("## NOTES", "## REMARKS"), "Get-Thing.md"));

        Assert.Contains("RELATED LINKS", error.Message);
    }

    [Fact]
    public void A_yaml_value_other_than_True_or_False_is_refused()
    {
        var error = Assert.Throws<HelpSourceException>(() => CommandHelpReader.Read(Command().Replace("Required: True", "Required: Yes"), "Get-Thing.md"));

        Assert.Contains("'Yes'", error.Message);
    }

    [Fact]
    public void A_parameter_set_no_parameter_names_is_refused()
    {
        var text = Command().Replace("### __AllParameterSets", "### Ghost");

        Assert.Throws<HelpSourceException>(() => CommandHelpReader.Read(text, "Get-Thing.md"));
    }

    [Fact]
    public void An_unclosed_code_block_is_refused_with_its_line()
    {
        var error = Assert.Throws<HelpSourceException>(() => MarkdownBlocks.Parse("# T\n\ntext\n\n```powershell\ncode\n", "t.md"));

        Assert.Contains("t.md:5", error.Message);
    }

    [Fact]
    public void Blocks_are_headings_paragraphs_items_code_and_tables()
    {
        var blocks = MarkdownBlocks.Parse("---\na: b\n---\n# Title\n\nOne\ntwo\n\n1. first\n2. second\n\n| a | b |\n|---|---|\n\n```yaml\nx: 1\n```\n", "f.md");

        Assert.Equal(
            new[] { MarkdownBlockKind.Heading, MarkdownBlockKind.Paragraph, MarkdownBlockKind.ListItem, MarkdownBlockKind.ListItem, MarkdownBlockKind.Verbatim, MarkdownBlockKind.Code },
            blocks.Select(b => b.Kind));
        Assert.Equal("One two", blocks[1].Text);
        Assert.Equal("1. first", blocks[2].Text);
        Assert.Equal("yaml", blocks[5].Language);
        Assert.Equal(4, blocks[0].Line);
    }

    [Fact]
    public void Syntax_puts_positional_then_mandatory_then_optional_parameters_then_WhatIf_and_Confirm()
    {
        ParameterUsage Usage(bool required, string position = "Named") => new(new[] { ParameterUsage.AllSets }, required, position, "False");
        HelpParameter Parameter(string name, string type, ParameterUsage usage) => new(name, new[] { "d" }, type, Array.Empty<string>(), "None", false, new[] { usage });
        var help = new CommandHelp(
            "Set-Thing",
            "s",
            new[] { "d" },
            Array.Empty<SyntaxSet>(),
            Array.Empty<HelpExample>(),
            new[]
            {
                Parameter("Confirm", "SwitchParameter", Usage(false)),
                Parameter("Force", "SwitchParameter", Usage(false)),
                Parameter("Path", "String", Usage(false, "0")),
                Parameter("Name", "String", Usage(true)),
                Parameter("WhatIf", "SwitchParameter", Usage(false)),
                Parameter("Value", "Object", Usage(true, "1")),
                Parameter("Mode", "SwitchParameter", Usage(true)),
            },
            Array.Empty<HelpTypeNote>(),
            Array.Empty<HelpTypeNote>(),
            Array.Empty<string>(),
            Array.Empty<HelpLink>());

        Assert.Equal(
            "Set-Thing [[-Path] <String>] [-Value] <Object> -Name <String> -Mode [-Force] [-WhatIf] [-Confirm] [<CommonParameters>]",
            SyntaxLine.Render(help, "Default"));
    }

    [Fact]
    public void Prose_is_wrapped_at_word_boundaries_and_a_long_word_is_kept_whole()
    {
        var lines = TextWrap.Lines("aaa bbb ccc " + new string('x', 30) + " d", 12, "  ", "    ").ToList();

        Assert.Equal(new[] { "  aaa bbb", "    ccc", "    " + new string('x', 30), "    d" }, lines);
    }

    [Fact]
    public void An_about_topic_must_start_with_its_two_description_sections()
    {
        Assert.Throws<HelpSourceException>(() => AboutTopicReader.Read("# about_X\n\n## LONG DESCRIPTION\ntext\n", "about_X.md"));

        var topic = AboutTopicReader.Read("# about_X\n\n## Short Description\nShort.\n\n## LONG DESCRIPTION\nLong.\n\n### Sub\n- a\n- b\n\n```\ncode\n```\n", "about_X.md");
        Assert.Equal(
            "TOPIC\n    about_X\n\nSHORT DESCRIPTION\n    Short.\n\nLONG DESCRIPTION\n    Long.\n\n    Sub\n    ---\n    - a\n    - b\n\n        code\n",
            AboutTextWriter.Write(topic));
    }
}
