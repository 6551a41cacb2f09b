using System;
using System.Management.Automation;

namespace IdentityCenter.PowerShell.Arguments
{
    /// <summary>Lets -Tag take key=value text as well as a hashtable; see <see cref="TagConverter"/>.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class TagTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            try
            {
                return TagConverter.ToDictionary(PipelineValue.Unwrap(inputData), PipelineValue.Unwrap);
            }
            catch (ArgumentException ex)
            {
                throw new ArgumentTransformationMetadataException(ex.Message, ex);
            }
        }
    }
}
