using System;
using System.Management.Automation;

namespace IdentityCenter.PowerShell.Policies
{
    /// <summary>Lets -Policy take a hashtable, ordered dictionary or PSCustomObject as well as JSON text; see <see cref="PolicyJson"/>.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class PolicyTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            try
            {
                return PolicyJson.ToText(inputData, PowerShellValues.Normalize);
            }
            catch (ArgumentException ex)
            {
                throw new ArgumentTransformationMetadataException(ex.Message, ex);
            }
        }
    }
}
