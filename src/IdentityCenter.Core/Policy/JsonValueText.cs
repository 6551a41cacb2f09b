using System.Globalization;
using System.Text;
using System.Text.Json;

namespace IdentityCenter.Core.Policy
{
    /// <summary>Renders JSON values and names for messages: short, on one line, and saying what kind of value was found.</summary>
    internal static class JsonValueText
    {
        private const int LongestQuotedText = 60;

        public static string Describe(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => "the string " + Quote(value.GetString() ?? string.Empty),
            JsonValueKind.Number => "the number " + value.GetRawText(),
            JsonValueKind.True => "the boolean true",
            JsonValueKind.False => "the boolean false",
            JsonValueKind.Null => "null",
            JsonValueKind.Array => "an array",
            JsonValueKind.Object => "an object",
            _ => value.ValueKind.ToString(),
        };

        /// <summary>Quotes text for a message, cutting long text and spelling out control characters so a finding stays on one line.</summary>
        public static string Quote(string text)
        {
            var builder = new StringBuilder("'");
            var shown = text.Length > LongestQuotedText ? text.Substring(0, LongestQuotedText - 3) : text;
            foreach (var c in shown)
            {
                if (char.IsControl(c))
                {
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }
            }

            if (shown.Length < text.Length)
            {
                builder.Append("...");
            }

            return builder.Append('\'').ToString();
        }
    }
}
