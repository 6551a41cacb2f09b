namespace IdentityCenter.BuildTools.Help
{
    /// <summary>A parameter set as the SYNTAX section names it, with the syntax line written under it.</summary>
    internal sealed class SyntaxSet
    {
        public SyntaxSet(string name, bool isDefault, string writtenSyntax, int line)
        {
            Name = name;
            IsDefault = isDefault;
            WrittenSyntax = writtenSyntax;
            Line = line;
        }

        public string Name { get; }

        public bool IsDefault { get; }

        /// <summary>The code block under the heading, checked against the parameters when help is built.</summary>
        public string WrittenSyntax { get; }

        public int Line { get; }

        public override string ToString() => Name + (IsDefault ? " (Default)" : string.Empty);
    }
}
