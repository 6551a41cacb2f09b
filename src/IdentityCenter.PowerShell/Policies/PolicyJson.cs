using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace IdentityCenter.PowerShell.Policies
{
    /// <summary>Lets -Policy take a hashtable, ordered dictionary or PSCustomObject as well as JSON text; see <see cref="PolicyJson"/>.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class PolicyTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            try
            {
                return PolicyJson.ToText(inputData, PowerShellValues.Normalize);
            }
            catch (ArgumentException ex)
            {
                throw new ArgumentTransformationMetadataException(ex.Message, ex);
            }
        }
    }

    /// <summary>
    /// Turns what a user gives -Policy into policy text: JSON text is kept exactly as given; a hashtable, ordered
    /// dictionary or PSCustomObject is written as compact JSON with its keys in the order it enumerates them.
    /// </summary>
    internal static class PolicyJson
    {
        public const string AcceptedForms =
            "JSON text, a hashtable or [ordered] dictionary such as @{ Version = '5.0'; Statement = @(...) }, or a PSCustomObject";

        // A policy is a few levels deep; anything deeper is almost certainly an object that contains itself.
        private const int MaxDepth = 32;

        // The relaxed encoder leaves '+', '<', '&' and non-ASCII letters as they are: the text is never embedded in
        // HTML, and every \uXXXX escape would count six characters against the 6,144-character quota.
        private static readonly JsonWriterOptions WriterOptions = new JsonWriterOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Indented = false,
        };

        /// <param name="value">The bound value.</param>
        /// <param name="normalize">
        /// Takes a value out of its PowerShell wrapper, giving a <see cref="PropertyBag"/> for a PSCustomObject; the
        /// identity outside PowerShell.
        /// </param>
        /// <returns>The policy text, or null when no value was given.</returns>
        /// <exception cref="ArgumentException">The value, or a value inside it, has no JSON form.</exception>
        public static string? ToText(object? value, Func<object?, object?> normalize)
        {
            if (normalize == null)
            {
                throw new ArgumentNullException(nameof(normalize));
            }

            var root = normalize(value);
            switch (root)
            {
                case null:
                    return null;
                case string text:
                    return text;
                case IDictionary _:
                case PropertyBag _:
                    break;
                default:
                    throw new ArgumentException("-Policy takes " + AcceptedForms + ", not a value of type " + root.GetType().FullName + ".");
            }

            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                Write(writer, root, "$", 0, normalize);
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        private static void Write(Utf8JsonWriter writer, object? value, string path, int depth, Func<object?, object?> normalize)
        {
            if (depth > MaxDepth)
            {
                throw new ArgumentException("The policy value is nested more than " + MaxDepth.ToString(CultureInfo.InvariantCulture) +
                    " levels deep at " + path + "; does a value contain itself?");
            }

            switch (value)
            {
                case null:
                    writer.WriteNullValue();
                    return;
                case string text:
                    writer.WriteStringValue(text);
                    return;
                case char character:
                    writer.WriteStringValue(character.ToString());
                    return;
                case bool flag:
                    writer.WriteBooleanValue(flag);
                    return;
                case Enum named:
                    writer.WriteStringValue(named.ToString());
                    return;
                case IDictionary dictionary:
                    WriteObject(writer, Entries(dictionary, path), path, depth, normalize);
                    return;
                case PropertyBag bag:
                    WriteObject(writer, bag.Properties, path, depth, normalize);
                    return;
                case IEnumerable items:
                    WriteArray(writer, items, path, depth, normalize);
                    return;
            }

            if (!TryWriteNumber(writer, value, path))
            {
                throw new ArgumentException(
                    "The policy value at " + path + " is of type " + value.GetType().FullName + ", which has no JSON form here. " +
                    "Use text, numbers, true/false, arrays, hashtables or PSCustomObjects; write dates and other values as text.");
            }
        }

        private static void WriteObject(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> entries, string path, int depth, Func<object?, object?> normalize)
        {
            writer.WriteStartObject();
            foreach (var entry in entries)
            {
                writer.WritePropertyName(entry.Key);
                Write(writer, normalize(entry.Value), path + "." + entry.Key, depth + 1, normalize);
            }

            writer.WriteEndObject();
        }

        private static void WriteArray(Utf8JsonWriter writer, IEnumerable items, string path, int depth, Func<object?, object?> normalize)
        {
            writer.WriteStartArray();
            var index = 0;
            foreach (var item in items)
            {
                Write(writer, normalize(item), path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", depth + 1, normalize);
                index++;
            }

            writer.WriteEndArray();
        }

        private static IEnumerable<KeyValuePair<string, object?>> Entries(IDictionary dictionary, string path)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var entries = new List<KeyValuePair<string, object?>>();
            foreach (DictionaryEntry entry in dictionary)
            {
                var key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
                if (!seen.Add(key))
                {
                    throw new ArgumentException("Two keys of the dictionary at " + path + " both read '" + key + "' as text.");
                }

                entries.Add(new KeyValuePair<string, object?>(key, entry.Value));
            }

            return entries;
        }

        private static bool TryWriteNumber(Utf8JsonWriter writer, object value, string path)
        {
            switch (value)
            {
                case int number:
                    writer.WriteNumberValue(number);
                    return true;
                case long number:
                    writer.WriteNumberValue(number);
                    return true;
                case short number:
                    writer.WriteNumberValue(number);
                    return true;
                case byte number:
                    writer.WriteNumberValue(number);
                    return true;
                case sbyte number:
                    writer.WriteNumberValue(number);
                    return true;
                case ushort number:
                    writer.WriteNumberValue(number);
                    return true;
                case uint number:
                    writer.WriteNumberValue(number);
                    return true;
                case ulong number:
                    writer.WriteNumberValue(number);
                    return true;
                case decimal number:
                    writer.WriteNumberValue(number);
                    return true;
                case double number:
                    writer.WriteNumberValue(Finite(number, path));
                    return true;
                case float number:
                    writer.WriteNumberValue((float)Finite(number, path));
                    return true;
                default:
                    return false;
            }
        }

        private static double Finite(double number, string path)
        {
            if (double.IsNaN(number) || double.IsInfinity(number))
            {
                throw new ArgumentException("The policy value at " + path + " is " + number.ToString(CultureInfo.InvariantCulture) + ", which JSON cannot hold.");
            }

            return number;
        }
    }

    /// <summary>What PowerShell hands a policy value as, in the terms <see cref="PolicyJson"/> understands.</summary>
    internal static class PowerShellValues
    {
        public static object? Normalize(object? value)
        {
            if (!(value is PSObject wrapped))
            {
                return value;
            }

            // A PSCustomObject's properties live on its wrapper, not on the object inside.
            if (wrapped.BaseObject is PSCustomObject)
            {
                return new PropertyBag(wrapped.Properties.Select(p => new KeyValuePair<string, object?>(p.Name, p.Value)));
            }

            return wrapped.BaseObject;
        }
    }

    /// <summary>
    /// The properties of an object such as a PSCustomObject, by name and in the order they were declared. It stands
    /// between PowerShell and the JSON writer, so the writer can be tested without PowerShell objects.
    /// </summary>
    internal sealed class PropertyBag
    {
        public PropertyBag(IEnumerable<KeyValuePair<string, object?>> properties)
        {
            Properties = (properties ?? throw new ArgumentNullException(nameof(properties))).ToList();
        }

        public IReadOnlyList<KeyValuePair<string, object?>> Properties { get; }
    }
}
