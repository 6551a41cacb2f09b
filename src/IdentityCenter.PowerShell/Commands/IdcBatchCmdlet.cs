using System.Management.Automation;
using IdentityCenter.PowerShell.Threading;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// A changing command that takes many items from the pipeline and sends them with <see cref="IdcCmdlet.Submit{T}"/>:
    /// -ThrottleLimit says how many may be in flight at once.
    /// </summary>
    public abstract class IdcBatchCmdlet : IdcCmdlet
    {
        /// <summary>
        /// The most requests in flight at once. One by default, so changes reach the service in input order; items for
        /// the same resource never overlap whatever the limit, and throttling by the service lowers it for a while.
        /// </summary>
        [Parameter]
        [ValidateRange(1, ConcurrencyLimiter.MaxCeiling)]
        public int ThrottleLimit { get; set; } = 1;

        internal override int MaxInFlight => ThrottleLimit;
    }
}
