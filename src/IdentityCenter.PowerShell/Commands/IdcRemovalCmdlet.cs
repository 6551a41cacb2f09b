using System.Management.Automation;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// The removals that cannot be undone (ConfirmImpact High): they ask before each item unless -Force is given, and
    /// -WhatIf (as a parameter or the preference) still sends nothing with -Force.
    /// </summary>
    public abstract class IdcRemovalCmdlet : IdcCmdlet
    {
        /// <summary>Removes without asking; an explicit -Confirm still asks.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        internal bool ShouldRemove(ItemOperation operation)
        {
            if (Force.IsPresent && !MyInvocation.BoundParameters.ContainsKey("Confirm") && !WhatIfInEffect())
            {
                return true;
            }

            return ShouldProcess(operation.Target, operation.Action);
        }

        private bool WhatIfInEffect() =>
            MyInvocation.BoundParameters.TryGetValue("WhatIf", out var given)
                ? given is SwitchParameter whatIf && whatIf.IsPresent
                : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));
    }
}
