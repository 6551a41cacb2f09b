using System;
using System.Management.Automation;
using IdentityCenter.Core.Validation;

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

    /// <summary>
    /// Turns what a user gives -SessionDuration into the ISO-8601 text the API takes. A string is kept as given, so
    /// the one place that judges its form is validation, which names the parameter.
    /// </summary>
    internal static class SessionDurationConverter
    {
        public const string AcceptedForms = "a TimeSpan such as (New-TimeSpan -Hours 8) or an ISO-8601 duration such as PT8H";

        /// <exception cref="ArgumentException">The value is neither a string nor a usable TimeSpan.</exception>
        public static string? ToIsoDuration(object? value)
        {
            switch (value)
            {
                case null:
                    return null;
                case string text:
                    return text;
                case TimeSpan duration:
                    return FromTimeSpan(duration);
                default:
                    throw new ArgumentException("SessionDuration takes " + AcceptedForms + ", not a value of type " + value.GetType().FullName + ".");
            }
        }

        private static string FromTimeSpan(TimeSpan duration)
        {
            if (duration <= TimeSpan.Zero)
            {
                throw new ArgumentException("A session duration must be positive; " + duration + " is not.");
            }

            // The ISO form stops at milliseconds; anything shorter would format as the invalid text "PT".
            if (duration < TimeSpan.FromMilliseconds(1))
            {
                throw new ArgumentException("A session duration must be at least one millisecond; " + duration + " is shorter.");
            }

            return IsoDuration.Format(duration);
        }
    }

    /// <summary>
    /// The documented limits of session_duration, checked while PowerShell binds the parameter, with Core's rule and
    /// words (<see cref="RequestValidator.FindSessionDurationProblem"/>). An empty value means "not given", so a CSV
    /// column left blank for some rows binds.
    /// </summary>
    internal static class SessionDurationRule
    {
        /// <returns>Null when the value is acceptable; otherwise what is wrong with it.</returns>
        public static string? FindProblem(object? value) =>
            value is string text && text.Length > 0 ? BindingMessage.From(RequestValidator.FindSessionDurationProblem(text)) : null;
    }
}
