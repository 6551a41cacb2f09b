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
