using System;
using System.Net;
using System.Text.RegularExpressions;
using IdentityCenter.Core.Errors;

namespace IdentityCenter.Core.Http
{
    /// <summary>
    /// Which endpoints the module will talk to: https anywhere, plain http only to this machine, never with user
    /// information in the URL. Plain http is also never sent through a proxy (see <see cref="LoopbackDirectProxy"/>), so
    /// it cannot leave the machine.
    /// </summary>
    public static class EndpointPolicy
    {
        public const string DefaultEndpoint = "https://identitycenter.myhuaweicloud.com";
        public const string DefaultIamEndpoint = "https://iam.myhuaweicloud.com";

        /// <summary>What replaces the user information of a URL wherever one is shown.</summary>
        public const string HiddenUserInfo = "***";

        // "scheme://user:password@" as it may appear in any text, such as a runtime's exception message.
        private static readonly Regex UserInfoInText = new Regex(@"(?<scheme>[A-Za-z][A-Za-z0-9+.\-]*://)(?<userinfo>[^/?#@\s'""]*)@", RegexOptions.CultureInvariant);

        /// <param name="value">The endpoint text.</param>
        /// <param name="origin">Where it came from, for the error: "-EndpointUrl", an environment variable's name.</param>
        public static Uri Parse(string value, string origin)
        {
            var shown = Redact(value);
            if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new IdcConfigurationException("The endpoint '" + shown + "' from " + origin + " is not an absolute http or https URL.");
            }

            if (!string.IsNullOrEmpty(uri.UserInfo))
            {
                throw new IdcConfigurationException(
                    "The endpoint '" + shown + "' from " + origin + " carries user information (a user name or password before '@'). " +
                    "Requests are signed with the access keys and never carry credentials in the URL: remove the part before '@'.");
            }

            if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            {
                throw new IdcConfigurationException("The endpoint '" + shown + "' from " + origin + " may not carry a query or a fragment.");
            }

            if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
            {
                throw new IdcConfigurationException(
                    "The endpoint '" + shown + "' from " + origin + " uses plain http to another machine; requests carry signed credentials, " +
                    "so plain http is allowed only to a loopback address (127.0.0.1, [::1], localhost), and never through a proxy. Use https.");
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

        /// <summary>The text with the user information of every URL in it replaced by <see cref="HiddenUserInfo"/>.</summary>
        public static string Redact(string? text) =>
            string.IsNullOrEmpty(text) ? text ?? string.Empty : UserInfoInText.Replace(text, m => m.Groups["scheme"].Value + HiddenUserInfo + "@");
    }
}
