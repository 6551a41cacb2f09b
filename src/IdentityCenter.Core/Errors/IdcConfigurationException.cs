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
    }
}
