using System;
using System.Globalization;
using System.Management.Automation;

namespace IdentityCenter.PowerShell.Arguments
{
    /// <summary>
    /// Lets -Timeout take a number of seconds as well as a TimeSpan or its text ('00:05:00'): PowerShell alone would read
    /// a number as ticks, so -Timeout 300 would mean 30 microseconds.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class TimeoutTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = PipelineValue.Unwrap(inputData);
            switch (value)
            {
                case int _:
                case long _:
                case double _:
                case decimal _:
                case float _:
                    return TimeSpan.FromSeconds(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                case string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds):
                    return TimeSpan.FromSeconds(seconds);
                default:
                    return value;
            }
        }
    }
}
