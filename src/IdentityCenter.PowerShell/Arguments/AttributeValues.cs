using System.Management.Automation;
using IdentityCenter.Core.Errors;

namespace IdentityCenter.PowerShell.Arguments
{
    /// <summary>PowerShell hands attributes values wrapped in a PSObject; the converters want what is inside.</summary>
    internal static class PipelineValue
    {
        public static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
    }

    /// <summary>
    /// Core's refusal as a binding error's text. PowerShell already says which parameter failed, so only the problem
    /// and the limit are kept, both in Core's words.
    /// </summary>
    internal static class BindingMessage
    {
        public static string? From(IdcValidationException? problem) =>
            problem == null ? null : char.ToUpperInvariant(problem.Problem[0]) + problem.Problem.Substring(1) + ". " + problem.Limit + ".";
    }
}
