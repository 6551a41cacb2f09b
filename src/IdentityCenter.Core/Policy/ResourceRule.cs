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

        public static void Check(string elementName, JsonElement value, string path, PolicyFindingCollector findings)
        {
            if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0)
            {
                findings.Warning(
                    path,
                    PolicyFindingCodes.ResourceEmpty,
                    elementName + " is an empty array, so the statement names no resource; list resources, use \"*\" for all, or leave " +
                    elementName + " out.");
                return;
            }

            StringListValue.CheckEach(
                elementName,
                value,
                path,
                findings,
                PolicyFindingCodes.ResourceValue,
                "a string",
                Allowed,
                (entry, entryPath) => CheckResource(elementName, entry, entryPath, findings));
        }

        private static void CheckResource(string elementName, string resource, string path, PolicyFindingCollector findings)
        {
            if (resource != "*" && resource.IndexOf(':') < 0)
            {
                findings.Warning(
                    path,
                    PolicyFindingCodes.ResourceShape,
                    "The " + elementName + " entry " + JsonValueText.Quote(resource) +
                    " is neither \"*\" nor a URN; resources are named by colon-separated URNs such as service:region:account-id:type:id.");
            }
        }
    }
}
