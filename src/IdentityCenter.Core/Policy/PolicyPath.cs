using System.Globalization;
using System.Text;

namespace IdentityCenter.Core.Policy
{
    /// <summary>
    /// Builds JSON paths: dot notation for plain names, bracket notation for names such as <c>g:ResourceAccount</c>
    /// that dot notation cannot carry.
    /// </summary>
    internal static class PolicyPath
    {
        public const string Root = "$";

        public static string Member(string parent, string name) =>
            IsPlainName(name) ? parent + "." + name : parent + "['" + EscapeQuoted(name) + "']";

        public static string Element(string parent, int index) =>
            parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

        private static bool IsPlainName(string name)
        {
            if (name.Length == 0 || !(IsAsciiLetter(name[0]) || name[0] == '_'))
            {
                return false;
            }

            foreach (var c in name)
            {
                if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static string EscapeQuoted(string name)
        {
            var builder = new StringBuilder(name.Length);
            foreach (var c in name)
            {
                if (c == '\'' || c == '\\')
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }

            return builder.ToString();
        }
    }
}
