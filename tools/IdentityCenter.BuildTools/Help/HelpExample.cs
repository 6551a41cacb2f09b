using System.Collections.Generic;

namespace IdentityCenter.BuildTools.Help
{
    internal sealed class HelpExample
    {
        public HelpExample(string title, IReadOnlyList<string> introduction, string code, IReadOnlyList<string> remarks)
        {
            Title = title;
            Introduction = introduction;
            Code = code;
            Remarks = remarks;
        }

        /// <summary>The heading, such as "Example 1: Create a permission set".</summary>
        public string Title { get; }

        public IReadOnlyList<string> Introduction { get; }

        public string Code { get; }

        public IReadOnlyList<string> Remarks { get; }

        public override string ToString() => Title;
    }
}
