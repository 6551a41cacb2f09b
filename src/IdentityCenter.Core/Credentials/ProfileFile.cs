using System;
using System.Collections.Generic;
using System.IO;

namespace IdentityCenter.Core.Credentials
{
    /// <summary>The INI credentials file (<c>~/.huaweicloud/credentials</c>): sections of <c>key = value</c> lines.</summary>
    internal static class ProfileFile
    {
        public static Dictionary<string, Dictionary<string, string>> Parse(string text)
        {
            var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
            Dictionary<string, string>? current = null;
            using var reader = new StringReader(text);
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                var trimmed = line.Trim();
                if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == ';')
                {
                    continue;
                }

                if (trimmed[0] == '[' && trimmed[trimmed.Length - 1] == ']')
                {
                    var name = trimmed.Substring(1, trimmed.Length - 2).Trim();
                    if (!sections.TryGetValue(name, out current))
                    {
                        current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                        sections[name] = current;
                    }

                    continue;
                }

                var equals = trimmed.IndexOf('=');
                if (current == null || equals <= 0)
                {
                    continue;
                }

                current[trimmed.Substring(0, equals).Trim()] = trimmed.Substring(equals + 1).Trim();
            }

            return sections;
        }
    }
}
