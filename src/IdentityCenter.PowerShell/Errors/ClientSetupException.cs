using System;

namespace IdentityCenter.PowerShell.Errors
{
    /// <summary>A command could not prepare its client; the core's reason is the inner exception.</summary>
    internal sealed class ClientSetupException : Exception
    {
        public ClientSetupException(SetupStep step, object? setting, Exception reason)
            : base(reason.Message, reason)
        {
            Step = step;
            Setting = setting;
        }

        public SetupStep Step { get; }

        /// <summary>The value at fault when it is not secret (the endpoint text); otherwise null.</summary>
        public object? Setting { get; }

        public Exception Reason => InnerException!;
    }
}
