using System;

namespace IdentityCenter.PowerShell.Policies
{
    /// <summary>An item's policy could not be had from -Policy or -PolicyPath; nothing about it was checked or sent.</summary>
    internal sealed class PolicyInputException : Exception
    {
        public PolicyInputException(PolicyInputProblem problem, string? path, string message, Exception? inner = null)
            : base(message, inner)
        {
            Problem = problem;
            Path = path;
        }

        public PolicyInputProblem Problem { get; }

        /// <summary>The file at fault, when there is one.</summary>
        public string? Path { get; }
    }
}
