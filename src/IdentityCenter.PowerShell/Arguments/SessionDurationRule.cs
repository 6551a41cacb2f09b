using System.Globalization;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.PowerShell.Arguments
{
    /// <summary>
    /// The documented limits of session_duration, checked while PowerShell binds the parameter. An empty value means
    /// "not given", so a CSV column left blank for some rows binds.
    /// </summary>
    internal static class SessionDurationRule
    {
        /// <returns>Null when the value is acceptable; otherwise what is wrong with it.</returns>
        public static string? FindProblem(object? value)
        {
            if (!(value is string text) || text.Length == 0)
            {
                return null;
            }

            if (text.Length > Limits.SessionDurationMax)
            {
                return "The session duration is " + text.Length.ToString(CultureInfo.InvariantCulture) +
                    " characters long; the limit is " + Limits.SessionDurationMax.ToString(CultureInfo.InvariantCulture) + " characters.";
            }

            if (!IsoDuration.IsValid(text))
            {
                return "'" + text + "' is not an ISO-8601 duration. Use the form PnDTnHnMnS, for example PT8H, PT1H30M or P1D, or pass a TimeSpan.";
            }

            return null;
        }
    }
}
