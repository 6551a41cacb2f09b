using System.Collections.Generic;

namespace IdentityCenter.Core.Policy
{
    /// <summary>Gathers findings in the order the rules meet them, which follows the document from top to bottom.</summary>
    internal sealed class PolicyFindingCollector
    {
        private readonly List<PolicyFinding> findings = new List<PolicyFinding>();

        public void Error(string path, string code, string message) =>
            findings.Add(new PolicyFinding(PolicyFindingSeverity.Error, path, code, message));

        public void Warning(string path, string code, string message) =>
            findings.Add(new PolicyFinding(PolicyFindingSeverity.Warning, path, code, message));

        public IReadOnlyList<PolicyFinding> ToList() => findings.ToArray();
    }
}
