using System.Collections.Generic;
using System.IO;
using System.Text;

namespace IdentityCenter.BuildTools.Help
{
    /// <summary>Where Get-Help looks for a binary module's help: a culture folder beside the cmdlet assembly.</summary>
    internal static class HelpOutput
    {
        public const string Culture = "en-US";

        /// <summary>Get-Help names a binary cmdlet's help file after the assembly that holds it.</summary>
        public static string MamlFileName(string cmdletAssemblyFileName) => cmdletAssemblyFileName + "-Help.xml";

        public static string AboutFileName(AboutTopic topic) => topic.Name + ".help.txt";

        /// <returns>The files written.</returns>
        public static IReadOnlyList<string> Write(HelpSources sources, string moduleFolder, string cmdletAssemblyFileName)
        {
            var folder = Path.Combine(moduleFolder, Culture);
            Directory.CreateDirectory(folder);
            var encoding = new UTF8Encoding(false);
            var written = new List<string>();

            var maml = Path.Combine(folder, MamlFileName(cmdletAssemblyFileName));
            File.WriteAllText(maml, MamlWriter.Write(sources.Commands), encoding);
            written.Add(maml);

            foreach (var topic in sources.AboutTopics)
            {
                var path = Path.Combine(folder, AboutFileName(topic));
                File.WriteAllText(path, AboutTextWriter.Write(topic), encoding);
                written.Add(path);
            }

            return written;
        }
    }
}
