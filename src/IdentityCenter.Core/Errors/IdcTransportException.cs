using System;

namespace IdentityCenter.Core.Errors
{
    /// <summary>No usable reply: the connection failed, timed out, or the reply was not what the API sends.</summary>
    public sealed class IdcTransportException : Exception
    {
        public IdcTransportException(string message, Exception? inner = null)
            : base(message, inner)
        {
        }
    }
}
