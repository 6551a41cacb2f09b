using System;
using System.Collections.Generic;
using System.Net.Sockets;
using System.Security.Authentication;

namespace IdentityCenter.Core.Http
{
    /// <summary>What a failed connection says about retrying and about whether the request reached the server.</summary>
    internal static class TransportFailure
    {
        private const string SeeInner = "see inner exception";

        /// <summary>Null when another attempt may get through; otherwise why it cannot (a refused certificate, an unknown host).</summary>
        public static string? Permanent(Exception failure)
        {
            for (var e = failure; e != null; e = e.InnerException)
            {
                if (e is AuthenticationException)
                {
                    return "the TLS connection could not be established (" + e.Message + ")";
                }

                if (e is SocketException socket && (socket.SocketErrorCode == SocketError.HostNotFound || socket.SocketErrorCode == SocketError.NoData))
                {
                    return "the host name could not be resolved (" + e.Message + ")";
                }
            }

            return null;
        }

        /// <summary>True when the request cannot have reached the service: no connection was ever made.</summary>
        public static bool NeverSent(Exception failure)
        {
            if (Permanent(failure) != null)
            {
                return true;
            }

            for (var e = failure; e != null; e = e.InnerException)
            {
                if (e is SocketException socket && socket.SocketErrorCode == SocketError.ConnectionRefused)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Every message of the exception chain that adds something, so the top message names the cause.</summary>
        public static string Cause(Exception failure)
        {
            var kept = new List<string>();
            for (var e = failure; e != null; e = e.InnerException)
            {
                var message = e.Message.Trim();
                if (message.Length == 0 || message.IndexOf(SeeInner, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    continue;
                }

                if (kept.Count == 0 || kept[kept.Count - 1].IndexOf(message.TrimEnd('.'), StringComparison.Ordinal) < 0)
                {
                    kept.Add(message.TrimEnd('.'));
                }
            }

            return kept.Count == 0 ? failure.GetType().Name : string.Join(": ", kept);
        }
    }
}
