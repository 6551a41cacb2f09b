using System;
using System.Globalization;

namespace IdentityCenter.Core.Policy
{
    /// <summary>
    /// The documented action form is service:resourceType:operation, with wildcards; "*" alone stands for every action.
    /// The service decides which actions exist; this only rejects strings no action could match.
    /// </summary>
    internal static class ActionShape
    {
        private static readonly string[] PartNames = { "service", "resource type", "operation" };

        /// <summary>The common case without making a string: true when the UTF-8 text is "*" or three well-formed parts.</summary>
        public static bool IsWellShaped(ReadOnlySpan<byte> action)
        {
            if (action.Length == 1 && action[0] == (byte)'*')
            {
                return true;
            }

            var colons = 0;
            var partLength = 0;
            foreach (var b in action)
            {
                if (b == (byte)':')
                {
                    if (partLength == 0 || ++colons == PartNames.Length)
                    {
                        return false;
                    }

                    partLength = 0;
                }
                else if (b < 0x80 && IsAllowed((char)b))
                {
                    partLength++;
                }
                else
                {
                    return false;
                }
            }

            return colons == PartNames.Length - 1 && partLength > 0;
        }

        /// <returns>Null when the action is well shaped; otherwise what is wrong with it.</returns>
        public static string? FindProblem(string action)
        {
            if (action == "*")
            {
                return null;
            }

            if (action.Length == 0)
            {
                return "it is empty";
            }

            var parts = action.Split(':');
            if (parts.Length != PartNames.Length)
            {
                return "it has " + parts.Length.ToString(CultureInfo.InvariantCulture) + (parts.Length == 1 ? " part" : " colon-separated parts") +
                    " instead of 3";
            }

            for (var i = 0; i < parts.Length; i++)
            {
                if (parts[i].Length == 0)
                {
                    return "its " + PartNames[i] + " part is empty";
                }

                foreach (var c in parts[i])
                {
                    if (!IsAllowed(c))
                    {
                        return "its " + PartNames[i] + " part contains " + DescribeCharacter(c);
                    }
                }
            }

            return null;
        }

        private static bool IsAllowed(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '*' || c == '?';

        private static string DescribeCharacter(char c) => c switch
        {
            ' ' => "a space",
            _ when char.IsWhiteSpace(c) || char.IsControl(c) => "the character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            _ => "'" + c + "'",
        };
    }
}
