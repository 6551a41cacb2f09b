using System;
using System.Management.Automation;

namespace IdentityCenter.PowerShell.Arguments
{
    /// <summary>Lets -SessionDuration take a TimeSpan as well as ISO-8601 text; see <see cref="SessionDurationConverter"/>.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class SessionDurationTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            try
            {
                return SessionDurationConverter.ToIsoDuration(PipelineValue.Unwrap(inputData));
            }
            catch (ArgumentException ex)
            {
                throw new ArgumentTransformationMetadataException(ex.Message, ex);
            }
        }
    }
}
