using System.Collections.Generic;
using System.Linq;

namespace IdentityCenter.BuildTools.Help
{
    /// <summary>Everything Get-Help shows for one cmdlet, read from its help source file.</summary>
    internal sealed class CommandHelp
    {
        public CommandHelp(
            string name,
            string synopsis,
            IReadOnlyList<string> description,
            IReadOnlyList<SyntaxSet> syntax,
            IReadOnlyList<HelpExample> examples,
            IReadOnlyList<HelpParameter> parameters,
            IReadOnlyList<HelpTypeNote> inputs,
            IReadOnlyList<HelpTypeNote> outputs,
            IReadOnlyList<string> notes,
            IReadOnlyList<HelpLink> relatedLinks)
        {
            Name = name;
            Synopsis = synopsis;
            Description = description;
            Syntax = syntax;
            Examples = examples;
            Parameters = parameters;
            Inputs = inputs;
            Outputs = outputs;
            Notes = notes;
            RelatedLinks = relatedLinks;
        }

        /// <summary>Verb-Noun.</summary>
        public string Name { get; }

        public string Verb => Name.Substring(0, Name.IndexOf('-'));

        public string Noun => Name.Substring(Name.IndexOf('-') + 1);

        public string Synopsis { get; }

        public IReadOnlyList<string> Description { get; }

        public IReadOnlyList<SyntaxSet> Syntax { get; }

        public IReadOnlyList<HelpExample> Examples { get; }

        /// <summary>Every parameter but the common ones, in the order the source lists them.</summary>
        public IReadOnlyList<HelpParameter> Parameters { get; }

        public IReadOnlyList<HelpTypeNote> Inputs { get; }

        public IReadOnlyList<HelpTypeNote> Outputs { get; }

        public IReadOnlyList<string> Notes { get; }

        public IReadOnlyList<HelpLink> RelatedLinks { get; }

        public HelpParameter? Parameter(string name) => Parameters.FirstOrDefault(p => p.Name == name);

        public override string ToString() => Name;
    }
}
