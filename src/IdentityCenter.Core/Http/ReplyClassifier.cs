using System.Linq;
using System.Net.Http;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Errors;

namespace IdentityCenter.Core.Http
{
    /// <summary>
    /// Decides, once per reply, whether it is a success or which service error it stands for; the retry handler acts
    /// on the answer and the client receives either the success or that same error.
    /// </summary>
    internal static class ReplyClassifier
    {
        /// <summary>Null for a 2xx reply; otherwise the error it stands for, secrets masked and quotes capped.</summary>
        public static IdcServiceException? Failure(HttpResponseMessage response, CallSecrets secrets)
        {
            var status = (int)response.StatusCode;
            if (status >= 200 && status < 300)
            {
                return null;
            }

            var requestId = RequestId(response);
            if (status >= 300 && status < 400)
            {
                var location = response.Headers.Location?.ToString() ?? "(no Location header)";
                return new IdcServiceException(
                    status,
                    "Redirect",
                    "The service answered with a redirect to " + QuotedText.Of(location, secrets) +
                    "; redirects are not followed because they would carry signed credentials elsewhere.",
                    QuotedText.OrNull(requestId, secrets),
                    null);
            }

            return ServiceErrorParser.Parse(status, BufferedReplyContent.Of(response), requestId, secrets);
        }

        public static string? RequestId(HttpResponseMessage response) =>
            response.Headers.TryGetValues(HeaderNames.RequestId, out var ids) ? ids.FirstOrDefault() : null;
    }
}
