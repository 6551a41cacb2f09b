using System;
using System.Globalization;
using System.Text;

namespace IdentityCenter.Core.Validation
{
    /// <summary>ISO-8601 durations (<c>PnYnMnWnDTnHnMnS</c>) as session_duration takes them.</summary>
    public static class IsoDuration
    {
        /// <summary>True when the text is a well-formed ISO-8601 duration with at least one component.</summary>
        public static bool IsValid(string text)
        {
            if (text.Length < 2 || text[0] != 'P')
            {
                return false;
            }

            var inTime = false;
            var components = 0;
            var lastDateOrder = -1;
            var lastTimeOrder = -1;
            var i = 1;
            while (i < text.Length)
            {
                if (text[i] == 'T')
                {
                    if (inTime || i == text.Length - 1)
                    {
                        return false;
                    }

                    inTime = true;
                    i++;
                    continue;
                }

                var start = i;
                var seenSeparator = false;
                while (i < text.Length && (IsDigit(text[i]) || ((text[i] == '.' || text[i] == ',') && !seenSeparator)))
                {
                    seenSeparator |= text[i] == '.' || text[i] == ',';
                    i++;
                }

                if (i == start || i == text.Length || !IsDigit(text[i - 1]) || !IsDigit(text[start]))
                {
                    return false;
                }

                var designator = text[i];
                var order = inTime ? "HMS".IndexOf(designator) : "YMWD".IndexOf(designator);
                if (order < 0)
                {
                    return false;
                }

                // Only the smallest unit may carry a fraction, and units must come largest first, once each.
                if (seenSeparator && !(inTime && designator == 'S'))
                {
                    return false;
                }

                if (inTime)
                {
                    if (order <= lastTimeOrder)
                    {
                        return false;
                    }

                    lastTimeOrder = order;
                }
                else
                {
                    if (order <= lastDateOrder)
                    {
                        return false;
                    }

                    lastDateOrder = order;
                }

                components++;
                i++;
            }

            return components > 0;
        }

        /// <summary>Formats a positive TimeSpan as the shortest duration: 8 hours is <c>PT8H</c>, 90 minutes <c>PT1H30M</c>.</summary>
        public static string Format(TimeSpan duration)
        {
            // The format counts whole milliseconds at the finest; anything shorter would print the empty "PT".
            if (duration < TimeSpan.FromMilliseconds(1))
            {
                throw new ArgumentOutOfRangeException(nameof(duration), "A session duration must be at least one millisecond.");
            }

            var builder = new StringBuilder("P");
            if (duration.Days > 0)
            {
                builder.Append(duration.Days.ToString(CultureInfo.InvariantCulture)).Append('D');
            }

            var time = duration - TimeSpan.FromDays(duration.Days);
            if (time > TimeSpan.Zero)
            {
                builder.Append('T');
                if (time.Hours > 0)
                {
                    builder.Append(time.Hours.ToString(CultureInfo.InvariantCulture)).Append('H');
                }

                if (time.Minutes > 0)
                {
                    builder.Append(time.Minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
                }

                var seconds = time.Seconds + (time.Milliseconds / 1000m);
                if (seconds > 0)
                {
                    builder.Append(seconds.ToString("0.###", CultureInfo.InvariantCulture)).Append('S');
                }
            }

            return builder.ToString();
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }
}
