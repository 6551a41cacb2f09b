using System.Collections.Generic;

namespace IdentityCenter.Core.Policy
{
    /// <summary>
    /// Findings in the order the rules meet them. A clean document meets none, so the list is made only for the first;
    /// the scan keeps one collector per member it checks and reuses them, clearing one when its member repeats.
    /// </summary>
    internal sealed class PolicyFindingCollector
    {
        private List<PolicyFinding>? findings;

        public int Count => findings?.Count ?? 0;

        public void Error(string path, string code, string message) => Add(new PolicyFinding(PolicyFindingSeverity.Error, path, code, message));

        public void Warning(string path, string code, string message) => Add(new PolicyFinding(PolicyFindingSeverity.Warning, path, code, message));

        public void Add(PolicyFinding finding) => (findings ??= new List<PolicyFinding>()).Add(finding);

        /// <summary>Appends another collector's findings, in their order.</summary>
        public void AddFrom(PolicyFindingCollector? other)
        {
            if (other?.findings != null && other.findings.Count > 0)
            {
                (findings ??= new List<PolicyFinding>()).AddRange(other.findings);
            }
        }

        public void Clear() => findings?.Clear();

        public IReadOnlyList<PolicyFinding> ToList() => findings == null ? System.Array.Empty<PolicyFinding>() : findings.ToArray();
    }
}
