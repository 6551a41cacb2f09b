using System;
using System.Collections.Specialized;

namespace IdentityCenter.PowerShell.Arguments
{
    /// <summary>
    /// Reads tags written as text, <c>key=value;key2=value2</c>, the form a CSV column can hold. A value may be empty
    /// (<c>key=</c>) and may contain '='; only the first '=' of an entry separates key from value.
    /// </summary>
    internal static class TagParser
    {
        public const char EntrySeparator = ';';
        public const char KeyValueSeparator = '=';

        /// <returns>The tags in the order written, keys compared ordinally.</returns>
        /// <exception cref="ArgumentException">An entry has no '=' or no key, or a key appears twice.</exception>
        public static OrderedDictionary Parse(string text)
        {
            var tags = new OrderedDictionary(StringComparer.Ordinal);
            AddTo(tags, text);
            return tags;
        }

        /// <summary>Adds the entries of <paramref name="text"/> to tags already read, refusing a key seen before.</summary>
        public static void AddTo(OrderedDictionary tags, string text)
        {
            foreach (var rawEntry in text.Split(EntrySeparator))
            {
                var entry = rawEntry.Trim();

                // Empty entries come from a trailing ';' or a blank cell; they carry nothing.
                if (entry.Length == 0)
                {
                    continue;
                }

                var separator = entry.IndexOf(KeyValueSeparator);
                if (separator < 0)
                {
                    throw new ArgumentException("The tag entry '" + entry + "' is not in the form key=value (write 'key=' for an empty value).");
                }

                var key = entry.Substring(0, separator).Trim();
                var value = entry.Substring(separator + 1).Trim();
                if (key.Length == 0)
                {
                    throw new ArgumentException("The tag entry '" + entry + "' has no key before '='.");
                }

                if (tags.Contains(key))
                {
                    throw new ArgumentException("The tag key '" + key + "' appears more than once.");
                }

                tags.Add(key, value);
            }
        }
    }
}
