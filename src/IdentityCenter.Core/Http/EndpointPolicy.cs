using System;
using System.Net;
using IdentityCenter.Core.Errors;

namespace IdentityCenter.Core.Http
{
    /// <summary>Which endpoints the module will talk to: https anywhere, plain http only to this machine.</summary>
    public static class EndpointPolicy
    {
        public const string DefaultEndpoint = "https://identitycenter.myhuaweicloud.com";
        public const string DefaultIamEndpoint = "https://iam.myhuaweicloud.com";

        /// <param name="value">The endpoint text.</param>
        /// <param name="origin">Where it came from, for the error: "-EndpointUrl", an environment variable's name.</param>
        public static Uri Parse(string value, string origin)
        {
            if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new IdcConfigurationException("The endpoint '" + value + "' from " + origin + " is not an absolute http or https URL.");
            }

            if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
            {
                throw new IdcConfigurationException("The endpoint '" + value + "' from " + origin + " may not carry a query, a fragment or user information.");
            }

            if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
            {
                throw new IdcConfigurationException(
                    "The endpoint '" + value + "' from " + origin + " uses plain http to another machine; requests carry signed credentials, " +
                    "so plain http is allowed only to a loopback address (127.0.0.1, ::1, localhost). Use https.");
            }

            return uri;
        }

        public static bool IsLoopback(Uri uri)
        {
            if (uri.IsLoopback)
            {
                return true;
            }

            return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
        }
    }
}
