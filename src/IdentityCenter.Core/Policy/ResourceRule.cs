using System;
using System.Text.Json;

namespace IdentityCenter.Core.Policy
{
    /// <summary>
    /// The value of Resource or NotResource. Resources are named by colon-separated URNs, or "*" for actions without
    /// resource-level permissions; anything else is suspicious but is left for the service to judge.
    /// </summary>
    internal static class ResourceRule
    {
        private const string Allowed = "a string or an array of strings, each \"*\" or a URN such as service:region:account-id:type:id";

        public static void Check(string elementName, ref Utf8JsonReader reader, PolicyScan scan, PolicyFindingCollector findings)
        {
            var entries = StringListValue.CheckEach(elementName, ref reader, scan, findings, PolicyFindingCodes.ResourceValue, "a string", Allowed, CheckResource);
            if (entries == 0)
            {
                findings.Warning(
                    scan.Path.Render(),
                    PolicyFindingCodes.ResourceEmpty,
                    elementName + " is an empty array, so the statement names no resource; list resources, use \"*\" for all, or leave " +
                    elementName + " out.");
            }
        }

        private static void CheckResource(string elementName, ref Utf8JsonReader reader, PolicyScan scan, PolicyFindingCollector findings)
        {
            if (!reader.ValueIsEscaped && (reader.ValueSpan.IndexOf((byte)':') >= 0 || (reader.ValueSpan.Length == 1 && reader.ValueSpan[0] == (byte)'*')))
            {
                return;
            }

            var resource = reader.GetString()!;
            if (resource != "*" && resource.IndexOf(':') < 0)
            {
                findings.Warning(
                    scan.Path.Render(),
                    PolicyFindingCodes.ResourceShape,
                    "The " + elementName + " entry " + JsonValueText.Quote(resource) +
                    " is neither \"*\" nor a URN; resources are named by colon-separated URNs such as service:region:account-id:type:id.");
            }
        }
    }
}
