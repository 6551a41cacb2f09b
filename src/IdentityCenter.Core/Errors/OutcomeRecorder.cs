using System;
using System.Collections.Generic;

namespace IdentityCenter.Core.Errors
{
    /// <summary>Collects, while one call retries, the attempts that may have reached the service unseen.</summary>
    internal sealed class OutcomeRecorder
    {
        // Made at the first doubtful attempt: most calls never have one.
        private List<string>? attempts;
        private DateTimeOffset firstSent;
        private DateTimeOffset lastEnded;

        public bool Any => attempts != null;

        public void Add(int attempt, string what, DateTimeOffset sent, DateTimeOffset ended)
        {
            if (attempts == null)
            {
                attempts = new List<string>();
                firstSent = sent;
            }

            attempts.Add("attempt " + attempt + ": " + what);
            lastEnded = ended;
        }

        public OutcomeUnknown? Result() => attempts == null ? null : new OutcomeUnknown(attempts.ToArray(), firstSent, lastEnded);
    }
}
