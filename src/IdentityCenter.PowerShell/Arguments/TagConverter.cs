using System;
using System.Collections;
using System.Collections.Specialized;

namespace IdentityCenter.PowerShell.Arguments
{
    /// <summary>
    /// Turns what a user gives -Tag into a dictionary: a hashtable or other dictionary as it is, a
    /// <c>key=value;key2=value2</c> string (a CSV cell), or several such strings.
    /// </summary>
    internal static class TagConverter
    {
        public const string AcceptedForms = "a hashtable such as @{ team = 'ops' } or text such as 'team=ops;env=prod'";

        /// <param name="value">The bound value.</param>
        /// <param name="unwrap">Takes an element out of its PowerShell wrapper; the identity outside PowerShell.</param>
        /// <exception cref="ArgumentException">The value is of another kind, or its text is not key=value entries.</exception>
        public static IDictionary? ToDictionary(object? value, Func<object?, object?> unwrap)
        {
            switch (value)
            {
                case null:
                    return null;
                case IDictionary dictionary:
                    return dictionary;
                case string text:
                    return TagParser.Parse(text);
                case IEnumerable items:
                    return FromTextItems(items, unwrap);
                default:
                    throw new ArgumentException("Tag takes " + AcceptedForms + ", not a value of type " + value.GetType().FullName + ".");
            }
        }

        private static OrderedDictionary FromTextItems(IEnumerable items, Func<object?, object?> unwrap)
        {
            var tags = new OrderedDictionary(StringComparer.Ordinal);
            foreach (var item in items)
            {
                var element = unwrap(item);
                if (!(element is string text))
                {
                    throw new ArgumentException(
                        "Tag takes " + AcceptedForms + "; a list must hold only key=value text, but it holds a " +
                        (element == null ? "null" : "value of type " + element.GetType().FullName) + ".");
                }

                TagParser.AddTo(tags, text);
            }

            return tags;
        }
    }
}
