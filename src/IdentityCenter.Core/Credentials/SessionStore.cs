using System;
using System.Threading;

namespace IdentityCenter.Core.Credentials
{
    /// <summary>
    /// Holds the session's settings for the process. Every runspace of the process sees the same session, and a
    /// command takes one consistent snapshot of it, because settings are replaced whole, never changed in place.
    /// </summary>
    public sealed class SessionStore
    {
        private SessionSettings current = SessionSettings.Empty;

        /// <summary>The one store the cmdlets use; tests make their own.</summary>
        public static SessionStore Process { get; } = new SessionStore();

        public SessionSettings Current => Volatile.Read(ref current);

        public void Replace(SessionSettings settings) =>
            Volatile.Write(ref current, settings ?? throw new ArgumentNullException(nameof(settings)));

        /// <remarks>
        /// The old settings' SecureStrings are left to the garbage collector rather than disposed: a command in another
        /// runspace may be reading its snapshot at this moment.
        /// </remarks>
        public void Clear() => Replace(SessionSettings.Empty);
    }
}
