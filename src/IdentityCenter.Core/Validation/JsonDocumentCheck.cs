using System.Text;
using System.Text.Json;

namespace IdentityCenter.Core.Validation
{
    /// <summary>Checks that text is one well-formed JSON object and says where it breaks when it is not.</summary>
    internal static class JsonDocumentCheck
    {
        /// <returns>Null when the text is a JSON object; otherwise what is wrong and where (1-based line and position).</returns>
        public static string? FindObjectProblem(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            try
            {
                if (!reader.Read())
                {
                    return "it is empty, not a JSON object";
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    return "it must be a JSON object ({ ... }) but starts with " + Describe(reader.TokenType);
                }

                reader.Skip();
                if (reader.Read())
                {
                    return "there is more after the end of the JSON object, " + Locate(text, (int)reader.TokenStartIndex);
                }
            }
            catch (JsonException ex)
            {
                var line = (ex.LineNumber ?? 0) + 1;
                var position = (ex.BytePositionInLine ?? 0) + 1;
                return "it is not well-formed JSON at line " + line + ", position " + position + " (" + Reason(ex) + ")";
            }

            return null;
        }

        private static string Locate(string text, int byteIndex)
        {
            var prefix = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text), 0, byteIndex);
            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < prefix.Length; i++)
            {
                if (prefix[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return "at line " + line + ", position " + (prefix.Length - lineStart + 1);
        }

        // The reader's message ends with its own "LineNumber: n | BytePositionInLine: m." suffix, 0-based; drop it.
        private static string Reason(JsonException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" LineNumber:", System.StringComparison.Ordinal);
            return (cut > 0 ? message.Substring(0, cut) : message).TrimEnd('.', ' ');
        }

        private static string Describe(JsonTokenType token) => token switch
        {
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            _ => token.ToString(),
        };
    }
}
