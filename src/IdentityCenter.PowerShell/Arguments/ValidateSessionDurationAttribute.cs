using System;
using System.Management.Automation;

namespace IdentityCenter.PowerShell.Arguments
{
    /// <summary>Rejects a session duration the API would refuse, at binding time; see <see cref="SessionDurationRule"/>.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateSessionDurationAttribute : ValidateArgumentsAttribute
    {
        protected override void Validate(object? arguments, EngineIntrinsics engineIntrinsics)
        {
            var problem = SessionDurationRule.FindProblem(PipelineValue.Unwrap(arguments));
            if (problem != null)
            {
                throw new ValidationMetadataException(problem);
            }
        }
    }
}
