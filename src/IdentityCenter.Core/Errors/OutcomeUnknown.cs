using System;
using System.Collections.Generic;

namespace IdentityCenter.Core.Errors
{
    /// <summary>
    /// Why a failed call's change may nevertheless have been applied: which attempts may have reached the service
    /// without their reply being seen, and when they ran (this computer's clock). A read never has one.
    /// </summary>
    public sealed class OutcomeUnknown
    {
        internal OutcomeUnknown(IReadOnlyList<string> attempts, DateTimeOffset firstSent, DateTimeOffset lastEnded)
        {
            Attempts = attempts;
            FirstSent = firstSent;
            LastEnded = lastEnded;
        }

        /// <summary>Each attempt whose result is unknown, in words: <c>attempt 1: the connection closed without a reply</c>.</summary>
        public IReadOnlyList<string> Attempts { get; }

        /// <summary>When the first of those attempts was sent.</summary>
        public DateTimeOffset FirstSent { get; }

        /// <summary>When the last of them ended without a usable reply.</summary>
        public DateTimeOffset LastEnded { get; }

        /// <summary>The fact, for the end of an error message.</summary>
        public string Statement => "The change may have been applied: " + string.Join("; ", Attempts) + ".";

        public override string ToString() => Statement;
    }
}
