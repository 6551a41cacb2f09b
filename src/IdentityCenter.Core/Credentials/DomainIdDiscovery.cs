using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core.Credentials
{
    /// <summary>
    /// The account's domain id, asked of IAM once per access key and IAM endpoint and kept for the process. A failed
    /// look-up is not kept, so the next call asks again. Callers that arrive while a look-up runs wait for the same
    /// one, each with its own cancellation: the look-up itself observes none of theirs, so one runspace's Ctrl+C
    /// stops only its own wait (the look-up ends at the retry policy's time limit).
    /// </summary>
    internal static class DomainIdDiscovery
    {
        private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Cache = new ConcurrentDictionary<string, Lazy<Task<string>>>(StringComparer.Ordinal);

        /// <param name="accessKeyId">What identifies the account's keys: the access key id, or for keys that are renewed, their source.</param>
        /// <param name="lookUp">Asks IAM; it is handed no caller's token.</param>
        /// <param name="cancellationToken">This caller's cancellation: it ends this caller's wait, not the look-up.</param>
        public static async Task<string> GetAsync(string accessKeyId, Uri iamEndpoint, Func<CancellationToken, Task<string>> lookUp, CancellationToken cancellationToken)
        {
            var key = accessKeyId + "|" + iamEndpoint.GetLeftPart(UriPartial.Authority);
            var entry = Cache.GetOrAdd(key, _ => new Lazy<Task<string>>(() => Checked(lookUp(CancellationToken.None)), LazyThreadSafetyMode.ExecutionAndPublication));
            var lookUpTask = entry.Value;
            try
            {
                return await SharedWork.WaitAsync(lookUpTask, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception) when (lookUpTask.IsFaulted || lookUpTask.IsCanceled)
            {
                // Only a failed look-up is forgotten; a caller that stopped waiting leaves the look-up to the others.
                ((System.Collections.Generic.ICollection<System.Collections.Generic.KeyValuePair<string, Lazy<Task<string>>>>)Cache)
                    .Remove(new System.Collections.Generic.KeyValuePair<string, Lazy<Task<string>>>(key, entry));
                throw;
            }
        }

        /// <summary>
        /// Why the look-up failed: a refused signature (or a clock the gateway will not accept) means the keys or the
        /// clock are wrong, which no domain id fixes; anything else may be an account IAM will not answer for.
        /// </summary>
        public static IdcConfigurationException Failure(IdcServiceException refusal, string accessKeyId, Uri iamEndpoint)
        {
            var at = iamEndpoint.GetLeftPart(UriPartial.Authority);
            if (refusal.Kind == ServiceErrorKind.SignatureRefused || refusal.Kind == ServiceErrorKind.ClockSkew)
            {
                return new IdcConfigurationException(
                    "IAM at " + at + " refused the signature of access key " + accessKeyId + " while looking up the account's domain id (" + refusal.Message +
                    "). The secret key (or the security token) does not belong to this access key, or the key is disabled or expired.",
                    refusal,
                    credentialsRefused: true);
            }

            return new IdcConfigurationException("The account's domain id could not be looked up at IAM (" + refusal.Message + ").", refusal);
        }

        internal static void Clear() => Cache.Clear();

        // A hostile or broken IAM must not be able to put header lines into every later request.
        private static async Task<string> Checked(Task<string> lookUp)
        {
            var domainId = await lookUp.ConfigureAwait(false);
            RequestValidator.ValidateHeaderValue("the domain id", domainId, "the IAM domain look-up", isSecret: false);
            return domainId;
        }
    }
}
