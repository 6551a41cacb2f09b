using System.Globalization;
using System.Text;

namespace IdentityCenter.Benchmarks;

/// <summary>
/// A valid identity policy of about 128 KB (under the API's 131,072 characters): statements of every element, with
/// action and resource arrays and two condition operators each, so every rule of the checker does its work.
/// </summary>
internal static class GeneratedPolicy
{
    public const int TargetCharacters = 128 * 1024;

    public static string Create()
    {
        var text = new StringBuilder("{\"Version\":\"5.0\",\"Statement\":[");
        const string Close = "]}";
        for (var i = 0; ; i++)
        {
            var n = i.ToString("D4", CultureInfo.InvariantCulture);
            var statement =
                "{\"Sid\":\"Statement" + n + "\",\"Effect\":\"" + (i % 3 == 0 ? "Deny" : "Allow") + "\"," +
                "\"Action\":[\"obs:bucket:listBucket\",\"obs:object:getObject\",\"ecs:cloudServers:list*\"]," +
                "\"Resource\":[\"obs:*:*:bucket:logs-" + n + "\",\"obs:*:*:object:logs-" + n + "/*\"]," +
                "\"Condition\":{\"StringEquals\":{\"g:ResourceTag/team\":[\"ops\",\"blue\"]},\"Bool\":{\"g:MFAPresent\":[true]}}}";
            var separator = i == 0 ? 0 : 1;
            if (text.Length + separator + statement.Length + Close.Length > TargetCharacters)
            {
                return text.Append(Close).ToString();
            }

            if (separator == 1)
            {
                text.Append(',');
            }

            text.Append(statement);
        }
    }
}
