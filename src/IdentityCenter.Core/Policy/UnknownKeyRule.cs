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
        /// <summary>Warns once per name, at its first occurrence; the path stands on the member.</summary>
        public static void Check(
            ObjectKeys keys,
            int entry,
            PolicyPath path,
            IReadOnlyList<string> elementNames,
            string objectDescription,
            string elementList)
        {
            if (keys.IsFirstOccurrence(entry))
            {
                var name = keys.Name(entry).ToString();
                keys.KeyFindings.Warning(path.Render(), PolicyFindingCodes.UnknownKey, Explain(name, elementNames, objectDescription, elementList));
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
    }
}
