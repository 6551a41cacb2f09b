using System.Globalization;
using System.Text;

namespace IdentityCenter.Core.Policy
{
    /// <summary>Renders JSON text and names for messages: short and on one line.</summary>
    internal static class JsonValueText
    {
        private const int LongestQuotedText = 60;

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
