using System;
using System.Net.Http;
using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Diagnostics;

namespace IdentityCenter.Core.Http
{
    /// <summary>What the pipeline's handlers need to know about one call; it rides on the request message.</summary>
    internal sealed class RequestContext
    {
        private const string PropertyName = "IdentityCenter.RequestContext";

        private readonly string? domainId;
        private Applied? applied;

        /// <param name="domainId">The account's domain id, looked up for credentials that name none; null when they do.</param>
        public RequestContext(IdcCredentialProvider credentials, string? domainId, IIdcEventSink sink, RetryPolicy retry, Func<DateTimeOffset> clock, CallDeadline? deadline = null)
        {
            Credentials = credentials;
            this.domainId = domainId;
            Sink = sink;
            Retry = retry;
            Clock = clock;
            Deadline = deadline ?? new CallDeadline(retry.TotalTimeout);
            Secrets = new CallSecrets(credentials.Current);
        }

        /// <summary>Asked on every attempt, so keys renewed in the meantime sign the next one.</summary>
        public IdcCredentialProvider Credentials { get; }

        public IIdcEventSink Sink { get; }

        public RetryPolicy Retry { get; }

        public Func<DateTimeOffset> Clock { get; }

        /// <summary>The operation's total time limit, which this request shares with the operation's other requests.</summary>
        public CallDeadline Deadline { get; }

        /// <summary>What must never be quoted from a reply: the credentials' secrets and each attempt's signature.</summary>
        public CallSecrets Secrets { get; }

        /// <summary>False for the IAM domain look-up, which runs before the domain id is known.</summary>
        public bool SendDomainId { get; set; } = true;

        public int Attempt { get; set; }

        /// <summary>The keys from <see cref="Credentials"/> with the looked-up domain id applied; each is also masked in replies.</summary>
        public IdcCredentials ForSigning(IdcCredentials keys)
        {
            var last = applied;
            if (last != null && ReferenceEquals(last.Keys, keys))
            {
                return last.Result;
            }

            var result = keys.DomainId == null && domainId != null ? keys.WithDomainId(domainId, SettingSource.None) : keys;
            Secrets.Add(result);
            applied = new Applied(keys, result);
            return result;
        }

        public void AttachTo(HttpRequestMessage request)
        {
#pragma warning disable CS0618 // Options is not in netstandard2.0; Properties is its predecessor and still works.
            request.Properties[PropertyName] = this;
#pragma warning restore CS0618
        }

        public static RequestContext From(HttpRequestMessage request)
        {
#pragma warning disable CS0618
            if (request.Properties.TryGetValue(PropertyName, out var value) && value is RequestContext context)
#pragma warning restore CS0618
            {
                return context;
            }

            throw new InvalidOperationException("The request was not sent through IdentityCenterClient.");
        }

        private sealed class Applied
        {
            public Applied(IdcCredentials keys, IdcCredentials result)
            {
                Keys = keys;
                Result = result;
            }

            public IdcCredentials Keys { get; }

            public IdcCredentials Result { get; }
        }
    }
}
