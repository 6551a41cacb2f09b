using System;

namespace IdentityCenter.Core.Errors
{
    /// <summary>No usable reply: the connection failed, timed out, or the reply was not what the API sends.</summary>
    public sealed class IdcTransportException : Exception
    {
        public IdcTransportException(string message, Exception? inner = null)
            : this(message, inner, null)
        {
        }

        internal IdcTransportException(string message, Exception? inner, OutcomeUnknown? outcomeUnknown, bool permanent = false)
            : base(outcomeUnknown == null ? message : message + " " + outcomeUnknown.Statement, inner)
        {
            Reason = message;
            OutcomeUnknown = outcomeUnknown;
            Permanent = permanent;
        }

        /// <summary>The failure itself, without the statement about what may have been applied.</summary>
        public string Reason { get; }

        /// <summary>Set when an attempt of the call may have been applied although no usable reply came back.</summary>
        public OutcomeUnknown? OutcomeUnknown { get; }

        /// <summary>True when the failure cannot pass (a refused certificate, an unknown host), so it was not retried.</summary>
        public bool Permanent { get; }

        internal IdcTransportException WithOutcomeUnknown(OutcomeUnknown? outcome) =>
            outcome == null || OutcomeUnknown != null ? this : new IdcTransportException(Reason, InnerException, outcome, Permanent);
    }
}
