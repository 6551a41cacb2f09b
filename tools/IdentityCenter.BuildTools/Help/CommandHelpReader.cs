using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace IdentityCenter.BuildTools.Help
{
    /// <summary>
    /// Reads a cmdlet's help source: a PlatyPS-style markdown file with the sections SYNOPSIS, SYNTAX, DESCRIPTION,
    /// EXAMPLES, PARAMETERS, INPUTS, OUTPUTS, NOTES and RELATED LINKS. It refuses a file whose syntax lines disagree
    /// with its parameters, so the text people read on the web cannot drift from what Get-Help shows.
    /// </summary>
    internal static class CommandHelpReader
    {
        private static readonly string[] Sections = { "SYNOPSIS", "SYNTAX", "DESCRIPTION", "EXAMPLES", "PARAMETERS", "INPUTS", "OUTPUTS", "NOTES", "RELATED LINKS" };
        private static readonly Regex SetHeading = new Regex(@"^(?<name>\S+)(\s+\((?<default>Default)\))?$", RegexOptions.CultureInvariant);
        private static readonly Regex Link = new Regex(@"\[(?<text>[^\]]+)\]\((?<target>[^)\s]*)\)", RegexOptions.CultureInvariant);

        public static CommandHelp Read(string markdown, string file)
        {
            var blocks = MarkdownBlocks.Parse(markdown, file);
            var title = blocks.FirstOrDefault(b => b.IsHeading(1)) ?? throw new HelpSourceException(file, 0, "there is no '# Verb-Noun' title.");
            var name = title.Text.Trim();
            if (name.IndexOf('-') <= 0)
            {
                throw new HelpSourceException(file, title.Line, "the title '" + name + "' is not a Verb-Noun command name.");
            }

            var sections = SplitSections(blocks, file);
            var help = new CommandHelp(
                name,
                string.Join(" ", Paragraphs(sections, "SYNOPSIS")),
                Paragraphs(sections, "DESCRIPTION"),
                ReadSyntax(sections["SYNTAX"], file),
                ReadExamples(sections["EXAMPLES"], file),
                ReadParameters(sections["PARAMETERS"], file),
                ReadTypes(sections["INPUTS"], file),
                ReadTypes(sections["OUTPUTS"], file),
                Paragraphs(sections, "NOTES"),
                ReadLinks(sections["RELATED LINKS"]));
            CheckSyntax(help, file);
            return help;
        }

        private static Dictionary<string, List<MarkdownBlock>> SplitSections(IReadOnlyList<MarkdownBlock> blocks, string file)
        {
            var sections = Sections.ToDictionary(s => s, _ => new List<MarkdownBlock>(), StringComparer.Ordinal);
            List<MarkdownBlock>? current = null;
            foreach (var block in blocks)
            {
                if (block.IsHeading(1))
                {
                    continue;
                }

                if (block.IsHeading(2))
                {
                    var section = block.Text.Trim().ToUpperInvariant();
                    if (!sections.TryGetValue(section, out current))
                    {
                        throw new HelpSourceException(file, block.Line, "'## " + block.Text + "' is not a help section; use " + string.Join(", ", Sections) + ".");
                    }

                    continue;
                }

                if (current == null)
                {
                    throw new HelpSourceException(file, block.Line, "text before the first '##' section.");
                }

                current.Add(block);
            }

            return sections;
        }

        private static IReadOnlyList<string> Paragraphs(Dictionary<string, List<MarkdownBlock>> sections, string section) => Paragraphs(sections[section]);

        private static IReadOnlyList<string> Paragraphs(IEnumerable<MarkdownBlock> blocks) =>
            blocks.Where(b => b.Kind != MarkdownBlockKind.Heading)
                .Select(b => b.Kind == MarkdownBlockKind.Code || b.Kind == MarkdownBlockKind.Verbatim ? b.Text : InlineText.Plain(b.Text))
                .ToList();

        /// <summary>Blocks grouped under their '###' headings.</summary>
        private static IEnumerable<(MarkdownBlock Heading, List<MarkdownBlock> Body)> Subsections(List<MarkdownBlock> blocks, string file)
        {
            (MarkdownBlock Heading, List<MarkdownBlock> Body)? current = null;
            foreach (var block in blocks)
            {
                if (block.IsHeading(3))
                {
                    if (current != null)
                    {
                        yield return current.Value;
                    }

                    current = (block, new List<MarkdownBlock>());
                    continue;
                }

                if (current == null)
                {
                    throw new HelpSourceException(file, block.Line, "text before the first '###' heading of its section.");
                }

                current.Value.Body.Add(block);
            }

            if (current != null)
            {
                yield return current.Value;
            }
        }

        private static IReadOnlyList<SyntaxSet> ReadSyntax(List<MarkdownBlock> blocks, string file)
        {
            var sets = new List<SyntaxSet>();
            foreach (var (heading, body) in Subsections(blocks, file))
            {
                var match = SetHeading.Match(heading.Text.Trim());
                var code = body.FirstOrDefault(b => b.Kind == MarkdownBlockKind.Code);
                if (!match.Success || code == null)
                {
                    throw new HelpSourceException(file, heading.Line, "a syntax entry is '### SetName' or '### SetName (Default)' followed by a code block.");
                }

                sets.Add(new SyntaxSet(match.Groups["name"].Value, match.Groups["default"].Success, code.Text, heading.Line));
            }

            return sets;
        }

        private static IReadOnlyList<HelpExample> ReadExamples(List<MarkdownBlock> blocks, string file)
        {
            var examples = new List<HelpExample>();
            foreach (var (heading, body) in Subsections(blocks, file))
            {
                var codeIndex = body.FindIndex(b => b.Kind == MarkdownBlockKind.Code);
                if (codeIndex < 0)
                {
                    throw new HelpSourceException(file, heading.Line, "the example '" + heading.Text + "' has no code block.");
                }

                examples.Add(new HelpExample(
                    InlineText.Plain(heading.Text),
                    Paragraphs(body.Take(codeIndex)),
                    body[codeIndex].Text,
                    Paragraphs(body.Skip(codeIndex + 1))));
            }

            return examples;
        }

        private static IReadOnlyList<HelpParameter> ReadParameters(List<MarkdownBlock> blocks, string file)
        {
            var parameters = new List<HelpParameter>();
            foreach (var (heading, body) in Subsections(blocks, file))
            {
                var title = heading.Text.Trim();
                if (title == "CommonParameters")
                {
                    continue;
                }

                if (!title.StartsWith("-", StringComparison.Ordinal))
                {
                    throw new HelpSourceException(file, heading.Line, "a parameter heading is '### -Name', not '### " + title + "'.");
                }

                var yamlBlocks = body.Where(b => b.Kind == MarkdownBlockKind.Code && b.Language == "yaml").ToList();
                if (yamlBlocks.Count == 0)
                {
                    throw new HelpSourceException(file, heading.Line, "the parameter " + title + " has no yaml block of metadata.");
                }

                var fields = yamlBlocks.Select(y => ReadYaml(y, file)).ToList();
                var first = fields[0];
                parameters.Add(new HelpParameter(
                    title.Substring(1),
                    Paragraphs(body.Where(b => !(b.Kind == MarkdownBlockKind.Code && b.Language == "yaml"))),
                    Field(first, "Type", yamlBlocks[0], file),
                    List(first.TryGetValue("Aliases", out var aliases) ? aliases : string.Empty),
                    first.TryGetValue("Default value", out var defaultValue) && defaultValue.Length > 0 ? defaultValue : "None",
                    first.TryGetValue("Accept wildcard characters", out var wildcards) && Flag(wildcards, yamlBlocks[0], file),
                    fields.Select((f, i) => new ParameterUsage(
                        List(Field(f, "Parameter Sets", yamlBlocks[i], file)),
                        Flag(Field(f, "Required", yamlBlocks[i], file), yamlBlocks[i], file),
                        Field(f, "Position", yamlBlocks[i], file),
                        Field(f, "Accept pipeline input", yamlBlocks[i], file))).ToList()));
            }

            return parameters;
        }

        private static Dictionary<string, string> ReadYaml(MarkdownBlock block, string file)
        {
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in block.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                var colon = line.IndexOf(':');
                if (colon <= 0)
                {
                    throw new HelpSourceException(file, block.Line, "the yaml line '" + line + "' is not 'Key: value'.");
                }

                fields[line.Substring(0, colon).Trim()] = line.Substring(colon + 1).Trim();
            }

            return fields;
        }

        private static string Field(Dictionary<string, string> fields, string key, MarkdownBlock block, string file) =>
            fields.TryGetValue(key, out var value) && value.Length > 0
                ? value
                : throw new HelpSourceException(file, block.Line, "the yaml block has no '" + key + ":' value.");

        private static bool Flag(string value, MarkdownBlock block, string file) =>
            value == "True" ? true : value == "False" ? false : throw new HelpSourceException(file, block.Line, "'" + value + "' is neither True nor False.");

        private static IReadOnlyList<string> List(string value) =>
            value.Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).ToList();

        private static IReadOnlyList<HelpTypeNote> ReadTypes(List<MarkdownBlock> blocks, string file) =>
            Subsections(blocks, file).Select(s => new HelpTypeNote(s.Heading.Text.Trim(), Paragraphs(s.Body))).ToList();

        private static IReadOnlyList<HelpLink> ReadLinks(List<MarkdownBlock> blocks) =>
            blocks.SelectMany(b => Link.Matches(b.Text).Cast<Match>())
                .Select(m => new HelpLink(
                    m.Groups["text"].Value,
                    m.Groups["target"].Value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? m.Groups["target"].Value : string.Empty))
                .ToList();

        private static void CheckSyntax(CommandHelp help, string file)
        {
            var named = help.Parameters.SelectMany(p => p.Usages).SelectMany(u => u.Sets).Where(s => s != ParameterUsage.AllSets).Distinct().ToList();
            var written = help.Syntax.Select(s => s.Name).ToList();
            foreach (var set in named.Where(s => !written.Contains(s)))
            {
                throw new HelpSourceException(file, 0, "the parameters name the set '" + set + "', which SYNTAX does not list.");
            }

            if (help.Syntax.Count == 0)
            {
                throw new HelpSourceException(file, 0, "SYNTAX lists no parameter set; a command without named sets lists '### " + SyntaxLine.AllParameterSets + "'.");
            }

            if (help.Syntax.Count(s => s.IsDefault) > 1)
            {
                throw new HelpSourceException(file, 0, "SYNTAX marks more than one set (Default).");
            }

            foreach (var set in help.Syntax)
            {
                if (set.Name != SyntaxLine.AllParameterSets && !set.IsDefault && !named.Contains(set.Name))
                {
                    throw new HelpSourceException(file, set.Line, "SYNTAX lists the set '" + set.Name + "', which no parameter names and which is not the default set.");
                }

                var expected = SyntaxLine.Render(help, set.Name);
                if (SyntaxLine.Normalize(set.WrittenSyntax) != SyntaxLine.Normalize(expected))
                {
                    throw new HelpSourceException(file, set.Line, "the syntax of '" + set.Name + "' disagrees with the parameters; from them it is:\n" + expected);
                }
            }
        }
    }
}
