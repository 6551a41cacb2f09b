using System.Collections.Generic;
using System.Linq;

namespace IdentityCenter.BuildTools.Help
{
    /// <summary>A parameter's help: its description and the metadata of its yaml blocks.</summary>
    internal sealed class HelpParameter
    {
        public HelpParameter(string name, IReadOnlyList<string> description, string type, IReadOnlyList<string> aliases, string defaultValue, bool acceptsWildcards, IReadOnlyList<ParameterUsage> usages)
        {
            Name = name;
            Description = description;
            Type = type;
            Aliases = aliases;
            DefaultValue = defaultValue;
            AcceptsWildcards = acceptsWildcards;
            Usages = usages;
        }

        public string Name { get; }

        /// <summary>Paragraphs.</summary>
        public IReadOnlyList<string> Description { get; }

        /// <summary>The type as PowerShell shows it: String, SecureString, SwitchParameter…</summary>
        public string Type { get; }

        public IReadOnlyList<string> Aliases { get; }

        public string DefaultValue { get; }

        public bool AcceptsWildcards { get; }

        public IReadOnlyList<ParameterUsage> Usages { get; }

        public bool IsSwitch => Type == "SwitchParameter";

        /// <summary>The common parameters a cmdlet gets from SupportsShouldProcess, which syntax lists last.</summary>
        public bool IsShouldProcess => Name == "WhatIf" || Name == "Confirm";

        public ParameterUsage? UsageIn(string set) => Usages.FirstOrDefault(u => u.AppliesTo(set));

        public override string ToString() => "-" + Name + " <" + Type + ">";
    }
}
