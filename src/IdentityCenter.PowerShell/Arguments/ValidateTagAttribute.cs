using System;
using System.Management.Automation;

namespace IdentityCenter.PowerShell.Arguments
{
    /// <summary>Rejects tags the API would refuse, at binding time; see <see cref="TagRule"/>.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateTagAttribute : ValidateArgumentsAttribute
    {
        protected override void Validate(object? arguments, EngineIntrinsics engineIntrinsics)
        {
            var problem = TagRule.FindProblem(PipelineValue.Unwrap(arguments));
            if (problem != null)
            {
                throw new ValidationMetadataException(problem);
            }
        }
    }
}
