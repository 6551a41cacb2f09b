using System;
using IdentityCenter.Core.Diagnostics;

namespace IdentityCenter.PowerShell.Threading
{
    /// <summary>Where each level of event goes: a cmdlet passes WriteVerbose, WriteDebug and WriteWarning.</summary>
    internal sealed class EventCallbacks
    {
        private readonly Action<string> verbose;
        private readonly Action<string> debug;
        private readonly Action<string> warning;

        public EventCallbacks(Action<string> verbose, Action<string> debug, Action<string> warning)
        {
            this.verbose = verbose ?? throw new ArgumentNullException(nameof(verbose));
            this.debug = debug ?? throw new ArgumentNullException(nameof(debug));
            this.warning = warning ?? throw new ArgumentNullException(nameof(warning));
        }

        public void Deliver(IdcEvent value)
        {
            switch (value.Level)
            {
                case IdcEventLevel.Warning:
                    warning(value.Message);
                    break;
                case IdcEventLevel.Debug:
                    debug(value.Message);
                    break;
                default:
                    verbose(value.Message);
                    break;
            }
        }
    }
}
