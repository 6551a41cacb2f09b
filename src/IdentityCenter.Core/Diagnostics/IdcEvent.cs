using System;
using IdentityCenter.Core.Errors;

namespace IdentityCenter.Core.Diagnostics
{
    /// <summary>Something the core reports while a call runs: a request sent, a reply, a retry. Never carries a secret.</summary>
    public sealed class IdcEvent
    {
        public IdcEvent(IdcEventLevel level, string message)
        {
            Level = level;
            Message = message;
        }

        /// <summary>A retry after an error reply: a caller pacing many calls reads what the reply meant from it, not from the text.</summary>
        public IdcEvent(IdcEventLevel level, string message, ServiceErrorKind retriedAfter, TimeSpan? retryAfter)
            : this(level, message)
        {
            RetriedAfter = retriedAfter;
            RetryAfter = retryAfter;
        }

        public IdcEventLevel Level { get; }

        public string Message { get; }

        /// <summary>For the announcement of a retry after an error reply, what that reply meant (Throttled for a 429); null otherwise.</summary>
        public ServiceErrorKind? RetriedAfter { get; }

        /// <summary>The wait that reply asked for with Retry-After, when it did.</summary>
        public TimeSpan? RetryAfter { get; }

        public override string ToString() => Level + ": " + Message;
    }
}
