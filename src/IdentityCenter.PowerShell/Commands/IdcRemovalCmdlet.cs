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

        internal bool ShouldRemove(ItemOperation operation) =>
            ConfirmQuestion.ForceSkipsQuestion(Force.IsPresent, MyInvocation.BoundParameters.ContainsKey("Confirm"), WhatIfInEffect())
            || ShouldProcess(operation.Target, operation.Action);
    }
}
