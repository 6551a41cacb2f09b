using System;

namespace IdentityCenter.Core.Http
{
    /// <summary>How hard a call tries: attempts, backoff and time limits. The defaults suit an unattended runbook.</summary>
    public sealed class RetryPolicy
    {
        public static RetryPolicy Default { get; } = new RetryPolicy();

        /// <summary>Attempts in all, the first included; 1 turns retries off.</summary>
        public int MaxAttempts { get; set; } = 4;

        /// <summary>The first backoff ceiling; each retry doubles it, and a random delay below the ceiling is taken.</summary>
        public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(250);

        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

        /// <summary>A Retry-After longer than this is cut to it.</summary>
        public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

        public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>The whole call, every attempt and wait included.</summary>
        public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(120);

        public RetryPolicy Clone() => (RetryPolicy)MemberwiseClone();

        public override string ToString() =>
            "MaxAttempts " + MaxAttempts + ", attempt timeout " + AttemptTimeout + ", total " + TotalTimeout;
    }
}
