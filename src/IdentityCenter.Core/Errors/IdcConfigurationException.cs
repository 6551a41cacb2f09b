using System;

namespace IdentityCenter.Core.Errors
{
    /// <summary>The module cannot call the service at all (no credentials, a bad endpoint): nothing per item can fix it.</summary>
    public sealed class IdcConfigurationException : Exception
    {
        public IdcConfigurationException(string message)
            : base(message)
        {
        }

        public IdcConfigurationException(string message, Exception inner)
            : base(message, inner)
        {
        }

        public IdcConfigurationException(string message, Exception inner, bool credentialsRefused)
            : base(message, inner)
        {
            CredentialsRefused = credentialsRefused;
        }

        /// <summary>The service would not accept the credentials' signature at all, so no other setting gets past it.</summary>
        public bool CredentialsRefused { get; }
    }
}
