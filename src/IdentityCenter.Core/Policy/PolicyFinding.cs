using System;

namespace IdentityCenter.Core.Policy
{
    /// <summary>One problem found in an identity-policy document, located by a JSON path such as <c>$.Statement[1].Action[0]</c>.</summary>
    public sealed class PolicyFinding
    {
        public PolicyFinding(PolicyFindingSeverity severity, string path, string code, string message)
        {
            Severity = severity;
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Code = code ?? throw new ArgumentNullException(nameof(code));
            Message = message ?? throw new ArgumentNullException(nameof(message));
        }

        public PolicyFindingSeverity Severity { get; }

        /// <summary>Where the problem is: <c>$</c> is the whole document.</summary>
        public string Path { get; }

        /// <summary>A stable identifier from <see cref="PolicyFindingCodes"/>, for scripts to match on instead of the message.</summary>
        public string Code { get; }

        public string Message { get; }

        public override string ToString() => Severity + " " + Path + ": " + Message;
    }
}
