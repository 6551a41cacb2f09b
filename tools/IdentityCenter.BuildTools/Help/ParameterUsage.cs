using System.Collections.Generic;

namespace IdentityCenter.BuildTools.Help
{
    /// <summary>How a parameter is used in some of the parameter sets: one yaml block under its heading.</summary>
    internal sealed class ParameterUsage
    {
        public const string AllSets = "(All)";

        public ParameterUsage(IReadOnlyList<string> sets, bool required, string position, string pipelineInput)
        {
            Sets = sets;
            Required = required;
            Position = position;
            PipelineInput = pipelineInput;
        }

        /// <summary>The parameter sets, or the one entry <see cref="AllSets"/>.</summary>
        public IReadOnlyList<string> Sets { get; }

        public bool Required { get; }

        /// <summary>"Named", or the position as a number.</summary>
        public string Position { get; }

        /// <summary>"False", or for example "True (ByPropertyName)".</summary>
        public string PipelineInput { get; }

        public bool IsPositional => Position != "Named";

        public bool AppliesTo(string set) => (Sets.Count == 1 && Sets[0] == AllSets) || Contains(set);

        private bool Contains(string set)
        {
            foreach (var name in Sets)
            {
                if (name == set)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
