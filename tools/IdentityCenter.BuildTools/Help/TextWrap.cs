using System.Collections.Generic;
using System.Text;

namespace IdentityCenter.BuildTools.Help
{
    /// <summary>Wraps prose at word boundaries for a console; a word longer than the line stays whole.</summary>
    internal static class TextWrap
    {
        public static IEnumerable<string> Lines(string text, int width, string firstIndent, string restIndent)
        {
            var line = new StringBuilder(firstIndent);
            var hasWord = false;
            foreach (var word in text.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries))
            {
                if (hasWord && line.Length + 1 + word.Length > width)
                {
                    yield return line.ToString();
                    line.Clear().Append(restIndent);
                    hasWord = false;
                }

                if (hasWord)
                {
                    line.Append(' ');
                }

                line.Append(word);
                hasWord = true;
            }

            if (hasWord)
            {
                yield return line.ToString();
            }
        }
    }
}
