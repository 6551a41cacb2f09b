using System;
using System.Management.Automation;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// Whether ShouldProcess is put to the user, decided from what the invocation was given, the way PowerShell decides
    /// it: -Confirm asks and -Confirm:$false does not; -WhatIf never asks; otherwise the command asks when its
    /// ConfirmImpact is at or above $ConfirmPreference, which None turns off. And when -Force skips the question.
    /// </summary>
    internal static class ConfirmQuestion
    {
        /// <param name="confirm">Whether -Confirm was given as on or off; null when not given.</param>
        /// <param name="whatIf">Whether -WhatIf is in effect, given or by $WhatIfPreference.</param>
        /// <param name="confirmPreference">$ConfirmPreference as read from the session: an enum value, its name, or null.</param>
        /// <param name="impact">The command's ConfirmImpact.</param>
        public static bool MayBeAsked(bool? confirm, bool whatIf, object? confirmPreference, ConfirmImpact impact)
        {
            if (confirm.HasValue)
            {
                return confirm.Value;
            }

            if (whatIf)
            {
                return false;
            }

            // Unset or unreadable, PowerShell's default: High.
            var threshold = confirmPreference is ConfirmImpact known ? known
                : confirmPreference != null && Enum.TryParse(confirmPreference.ToString(), true, out ConfirmImpact parsed) ? parsed
                : ConfirmImpact.High;
            return threshold != ConfirmImpact.None && impact != ConfirmImpact.None && impact >= threshold;
        }

        /// <summary>
        /// Whether -Force removes without ShouldProcess: only when -Confirm was not given (an explicit -Confirm still
        /// asks) and -WhatIf is not in effect (so -Force never turns -WhatIf into a removal).
        /// </summary>
        public static bool ForceSkipsQuestion(bool force, bool confirmGiven, bool whatIf) => force && !confirmGiven && !whatIf;
    }
}
