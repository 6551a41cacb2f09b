using System;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core.Diagnostics;

namespace IdentityCenter.Core.Credentials
{
    /// <summary>
    /// The credentials a client signs with, asked for again on every attempt: fixed keys, or temporary keys that are
    /// renewed before they expire (the ECS metadata service's), so a long pipeline never signs with expired ones.
    /// Like <see cref="IdcCredentials"/>, no public member reveals a secret.
    /// </summary>
    public abstract class IdcCredentialProvider
    {
        // Only the core makes providers: the signing handler trusts what they hand out.
        private protected IdcCredentialProvider()
        {
        }

        /// <summary>The credentials last obtained; for fixed keys, the keys.</summary>
        public abstract IdcCredentials Current { get; }

        /// <summary>When <see cref="Current"/> stops working; null for keys that do not expire.</summary>
        public virtual DateTimeOffset? ExpiresAt => null;

        /// <summary>Where the keys come from, in words for Get-IdcContext and the verbose stream; never a secret.</summary>
        public virtual string Description => Current.Source + (Current.IsTemporary ? " (temporary)" : string.Empty);

        /// <summary>True when the keys are renewed, so a refusal as expired is worth one more attempt.</summary>
        internal virtual bool Renews => false;

        /// <summary>What stays the same across renewals, so the account's domain id is looked up once for it.</summary>
        internal virtual string DiscoveryKey => Current.AccessKeyId;

        /// <summary>Keys that do not change.</summary>
        public static IdcCredentialProvider Fixed(IdcCredentials credentials) => new FixedCredentials(credentials ?? throw new ArgumentNullException(nameof(credentials)));

        /// <summary>The credentials to sign the next attempt with, renewed first when they are about to expire.</summary>
        internal abstract Task<IdcCredentials> GetAsync(IIdcEventSink sink, CancellationToken cancellationToken);

        /// <summary>After the service refused <paramref name="rejected"/> as expired: true when other keys are now there to try.</summary>
        internal virtual Task<bool> RenewAsync(IdcCredentials rejected, IIdcEventSink sink, CancellationToken cancellationToken) => Task.FromResult(false);

        /// <summary>The same keys for the account a caller or the session names.</summary>
        internal abstract IdcCredentialProvider WithDomainId(string domainId, SettingSource source);

        public override string ToString() => Current.ToString();

        private sealed class FixedCredentials : IdcCredentialProvider
        {
            private readonly IdcCredentials credentials;
            private readonly Task<IdcCredentials> ready;

            public FixedCredentials(IdcCredentials credentials)
            {
                this.credentials = credentials;
                ready = Task.FromResult(credentials);
            }

            public override IdcCredentials Current => credentials;

            internal override Task<IdcCredentials> GetAsync(IIdcEventSink sink, CancellationToken cancellationToken) => ready;

            internal override IdcCredentialProvider WithDomainId(string domainId, SettingSource source) =>
                new FixedCredentials(credentials.WithDomainId(domainId, source));
        }
    }
}
