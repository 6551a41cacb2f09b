using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Globalization;
using System.Management.Automation;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.PowerShell.Arguments
{
    /// <summary>Lets -Tag take key=value text as well as a hashtable; see <see cref="TagConverter"/>.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class TagTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            try
            {
                return TagConverter.ToDictionary(PipelineValue.Unwrap(inputData), PipelineValue.Unwrap);
            }
            catch (ArgumentException ex)
            {
                throw new ArgumentTransformationMetadataException(ex.Message, ex);
            }
        }
    }

    /// <summary>Rejects tags the API would refuse, at binding time, with Core's rule and words; see <see cref="TagRule"/>.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateTagAttribute : ValidateArgumentsAttribute
    {
        protected override void Validate(object? arguments, EngineIntrinsics engineIntrinsics)
        {
            var problem = TagRule.FindProblem(PipelineValue.Unwrap(arguments));
            if (problem != null)
            {
                throw new ValidationMetadataException(problem);
            }
        }
    }

    /// <summary>
    /// Turns what a user gives -Tag into a dictionary: a hashtable or other dictionary as it is (its keys and values
    /// must be single values, see <see cref="TagList"/>), a <c>key=value;key2=value2</c> string (a CSV cell), or
    /// several such strings.
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
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        var key = TagList.Text(unwrap(entry.Key), "a tag key");
                        TagList.Text(unwrap(entry.Value), "the value of tag '" + key + "'");
                    }

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

    /// <summary>The tags of a dictionary as the request carries them.</summary>
    internal static class TagList
    {
        /// <remarks>A null value becomes an empty one: the API allows an empty tag value but never a null.</remarks>
        /// <exception cref="ArgumentException">A key or value is a list, a dictionary or another object with no single text form.</exception>
        public static List<PermissionSetTag> From(IDictionary? tags)
        {
            var list = new List<PermissionSetTag>();
            if (tags == null)
            {
                return list;
            }

            foreach (DictionaryEntry entry in tags)
            {
                var key = Text(PipelineValue.Unwrap(entry.Key), "a tag key");
                list.Add(new PermissionSetTag(key, Text(PipelineValue.Unwrap(entry.Value), "the value of tag '" + key + "'")));
            }

            return list;
        }

        /// <summary>
        /// A single value as the text the API takes, the same on every machine: numbers and dates in the invariant
        /// culture (dates as ISO 8601). A list or object would otherwise be sent as its type name, such as System.Object[].
        /// </summary>
        /// <exception cref="ArgumentException">The value has no single text form.</exception>
        public static string Text(object? value, string what)
        {
            switch (value)
            {
                case null:
                    return string.Empty;
                case string text:
                    return text;
                case DateTime date:
                    return date.ToString("o", CultureInfo.InvariantCulture);
                case DateTimeOffset date:
                    return date.ToString("o", CultureInfo.InvariantCulture);
                case bool _:
                case char _:
                case Enum _:
                case Guid _:
                case TimeSpan _:
                case IConvertible _ when value.GetType().IsPrimitive || value is decimal:
                    return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
                default:
                    throw new ArgumentException(
                        "Tag: " + what + " is " + (value is IEnumerable ? "a list or dictionary (" + value.GetType().FullName + ")" : "a " + value.GetType().FullName) +
                        "; a tag key or value is one piece of text or a number. Join a list first, for example (@('a','b') -join ',').");
            }
        }
    }

    /// <summary>
    /// The documented limits on tags, checked while PowerShell binds -Tag. The rule and its words are Core's
    /// (<see cref="RequestValidator.FindTagProblem"/>), the same that refuse a request built in code.
    /// </summary>
    internal static class TagRule
    {
        /// <returns>Null when the tags are acceptable; otherwise what is wrong with them.</returns>
        public static string? FindProblem(object? value)
        {
            if (!(value is IDictionary dictionary))
            {
                return null;
            }

            try
            {
                return BindingMessage.From(RequestValidator.FindTagProblem(TagList.From(dictionary)));
            }
            catch (ArgumentException ex)
            {
                return ex.Message;
            }
        }
    }
}
