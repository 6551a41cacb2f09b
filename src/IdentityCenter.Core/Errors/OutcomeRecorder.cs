using System;
using System.Collections.Generic;

namespace IdentityCenter.Core.Errors
{
    /// <summary>Collects, while one call retries, the attempts that may have reached the service unseen.</summary>
    internal sealed class OutcomeRecorder
    {
        private readonly List<string> attempts = new List<string>();
        private DateTimeOffset firstSent;
        private DateTimeOffset lastEnded;

        public bool Any => attempts.Count > 0;

        public void Add(int attempt, string what, DateTimeOffset sent, DateTimeOffset ended)
        {
            if (attempts.Count == 0)
            {
                firstSent = sent;
            }

            attempts.Add("attempt " + attempt + ": " + what);
            lastEnded = ended;
        }

        public OutcomeUnknown? Result() => attempts.Count == 0 ? null : new OutcomeUnknown(attempts.ToArray(), firstSent, lastEnded);
    }
}
