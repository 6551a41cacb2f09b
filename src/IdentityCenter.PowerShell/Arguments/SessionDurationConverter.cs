using System;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.PowerShell.Arguments
{
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
}
