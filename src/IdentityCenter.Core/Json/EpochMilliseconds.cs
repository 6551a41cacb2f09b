using System;
using System.Globalization;
using System.Text.Json;

namespace IdentityCenter.Core.Json
{
    internal static class EpochMilliseconds
    {
        /// <summary>Reads epoch milliseconds given as a number or as a numeric string; anything else is no date.</summary>
        public static DateTimeOffset? Read(JsonElement value)
        {
            long milliseconds;
            switch (value.ValueKind)
            {
                case JsonValueKind.Number when value.TryGetInt64(out milliseconds):
                    break;
                case JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out milliseconds):
                    break;
                default:
                    return null;
            }

            return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        }
    }
}
