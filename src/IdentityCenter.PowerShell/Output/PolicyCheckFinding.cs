using System;
using IdentityCenter.Core.Policy;

namespace IdentityCenter.PowerShell.Output
{
    /// <summary>One finding of Test-IdcPolicy, with the policy it was found in.</summary>
    public sealed class PolicyCheckFinding
    {
        internal PolicyCheckFinding(string source, PolicyFinding finding)
        {
            if (finding == null)
            {
                throw new ArgumentNullException(nameof(finding));
            }

            Source = source ?? throw new ArgumentNullException(nameof(source));
            Severity = finding.Severity;
            Path = finding.Path;
            Code = finding.Code;
            Message = finding.Message;
        }

        /// <summary>The file the policy was read from, or "-Policy" for a policy given as a value.</summary>
        public string Source { get; }

        public PolicyFindingSeverity Severity { get; }

        /// <summary>Where in the document: a JSON path such as <c>$.Statement[0].Action[1]</c>; <c>$</c> is the whole document.</summary>
        public string Path { get; }

        /// <summary>A stable code such as Policy.EffectValue, for scripts to match on.</summary>
        public string Code { get; }

        public string Message { get; }

        public override string ToString() => Severity + " " + Path + ": " + Message;
    }
}
