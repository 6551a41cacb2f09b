using System;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace IdentityCenter.Core.Policy
{
    /// <summary>
    /// Turns a reader failure into "line L, position P (reason)", both 1-based. The reader counts bytes of UTF-8 from 0;
    /// people count characters from 1, so the position is recounted in characters.
    /// </summary>
    internal static class JsonParseFailure
    {
        /// <param name="length">How many bytes of <paramref name="utf8"/> the document fills.</param>
        public static string Describe(byte[] utf8, int length, JsonException failure)
        {
            var line = failure.LineNumber ?? 0;
            var bytesIntoLine = failure.BytePositionInLine ?? 0;
            var lineStart = StartOfLine(utf8, length, line);
            var bytesBefore = (int)Math.Max(0, Math.Min(bytesIntoLine, length - lineStart));
            var position = Encoding.UTF8.GetCharCount(utf8, lineStart, bytesBefore) + 1;
            return "line " + (line + 1).ToString(CultureInfo.InvariantCulture) +
                ", position " + position.ToString(CultureInfo.InvariantCulture) + " (" + Reason(failure) + ")";
        }

        // The reader counts only line feeds as line breaks; match it so the line number agrees with its byte offset.
        private static int StartOfLine(byte[] utf8, int length, long line)
        {
            var start = 0;
            for (long seen = 0; seen < line; seen++)
            {
                var feed = Array.IndexOf(utf8, (byte)'\n', start, length - start);
                if (feed < 0)
                {
                    return length;
                }

                start = feed + 1;
            }

            return start;
        }

        // The reader's message ends with its own 0-based "LineNumber: n | BytePositionInLine: m." suffix, and some
        // messages advise changing reader options, which a policy author cannot do; drop both.
        private static string Reason(JsonException failure)
        {
            var message = failure.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            var reason = (cut > 0 ? message.Substring(0, cut) : message).TrimEnd('.', ' ', '|');
            var advice = reason.IndexOf(". Change the reader options", StringComparison.Ordinal);
            return advice > 0 ? reason.Substring(0, advice) : reason;
        }
    }
}
