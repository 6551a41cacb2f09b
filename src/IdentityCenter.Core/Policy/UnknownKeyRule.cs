using System;
using System.Collections.Generic;

namespace IdentityCenter.Core.Policy
{
    /// <summary>
    /// Keys outside the grammar are warnings rather than errors: the service may ignore them. The message says what
    /// was probably meant, since the usual causes are wrong letter case and a Principal copied from a resource policy.
    /// </summary>
    internal static class UnknownKeyRule
    {
        public static void Check(
            JsonObjectMembers members,
            string path,
            IReadOnlyList<string> elementNames,
            string objectDescription,
            string elementList,
            PolicyFindingCollector findings)
        {
            foreach (var name in members.Names)
            {
                if (!Contains(elementNames, name, StringComparison.Ordinal))
                {
                    findings.Warning(PolicyPath.Member(path, name), PolicyFindingCodes.UnknownKey, Explain(name, elementNames, objectDescription, elementList));
                }
            }
        }

        private static string Explain(string name, IReadOnlyList<string> elementNames, string objectDescription, string elementList)
        {
            foreach (var element in elementNames)
            {
                if (string.Equals(element, name, StringComparison.OrdinalIgnoreCase))
                {
                    return "The key " + JsonValueText.Quote(name) + " is not an element of " + objectDescription +
                        "; element names are case-sensitive, so write '" + element + "'.";
                }
            }

            if (name == "Principal" || name == "NotPrincipal")
            {
                return "The key '" + name + "' does not belong in an identity policy: principals are named only in resource and trust policies, " +
                    "and a custom policy applies to whoever is assigned the permission set. Remove it.";
            }

            return "The key " + JsonValueText.Quote(name) + " is not an element of " + objectDescription + ", which takes " + elementList +
                "; the service may reject or ignore it.";
        }

        private static bool Contains(IReadOnlyList<string> names, string name, StringComparison comparison)
        {
            foreach (var candidate in names)
            {
                if (string.Equals(candidate, name, comparison))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
