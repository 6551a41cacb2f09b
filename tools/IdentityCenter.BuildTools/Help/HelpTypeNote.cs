using System.Collections.Generic;

namespace IdentityCenter.BuildTools.Help
{
    /// <summary>An input or output type with what to know about it.</summary>
    internal sealed class HelpTypeNote
    {
        public HelpTypeNote(string typeName, IReadOnlyList<string> description)
        {
            TypeName = typeName;
            Description = description;
        }

        public string TypeName { get; }

        public IReadOnlyList<string> Description { get; }

        public override string ToString() => TypeName;
    }
}
