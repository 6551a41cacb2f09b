using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IdentityCenter.Core.Json
{
    /// <summary>
    /// A date the API gives as epoch milliseconds, as a number or, in one of its models, as a numeric string. Read
    /// straight from the token: anything else, or a value outside the dates .NET can hold, is no date.
    /// </summary>
    internal sealed class EpochMillisecondsConverter : JsonConverter<DateTimeOffset?>
    {
        private static readonly long Earliest = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
        private static readonly long Latest = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

        public override bool HandleNull => true;

        public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            long milliseconds;
            switch (reader.TokenType)
            {
                case JsonTokenType.Number when reader.TryGetInt64(out milliseconds):
                    break;
                case JsonTokenType.String when long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out milliseconds):
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    reader.Skip();
                    return null;
                default:
                    return null;
            }

            return milliseconds >= Earliest && milliseconds <= Latest ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds) : (DateTimeOffset?)null;
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
        {
            if (value.HasValue)
            {
                writer.WriteNumberValue(value.Value.ToUnixTimeMilliseconds());
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
