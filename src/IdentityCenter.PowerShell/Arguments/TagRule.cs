using System.Collections;
using System.Globalization;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.PowerShell.Arguments
{
    /// <summary>The documented limits on tags (how many, key and value lengths), checked while PowerShell binds -Tag.</summary>
    internal static class TagRule
    {
        /// <returns>Null when the tags are acceptable; otherwise what is wrong with them.</returns>
        public static string? FindProblem(object? value)
        {
            if (!(value is IDictionary dictionary))
            {
                return null;
            }

            if (dictionary.Count > Limits.TagsMax)
            {
                return "There are " + Text(dictionary.Count) + " tags; the limit is " + Text(Limits.TagsMax) + ".";
            }

            foreach (var tag in TagList.From(dictionary))
            {
                if (tag.Key.Length < Limits.TagKeyMin || tag.Key.Length > Limits.TagKeyMax)
                {
                    return "The tag key '" + tag.Key + "' is " + Text(tag.Key.Length) + " characters long; a key must be " +
                        Text(Limits.TagKeyMin) + " to " + Text(Limits.TagKeyMax) + " characters.";
                }

                if (tag.Value.Length > Limits.TagValueMax)
                {
                    return "The value of tag '" + tag.Key + "' is " + Text(tag.Value.Length) + " characters long; the limit is " +
                        Text(Limits.TagValueMax) + " characters.";
                }
            }

            return null;
        }

        private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
    }
}
