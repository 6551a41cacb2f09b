using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace IdentityCenter.BuildTools.Help
{
    /// <summary>
    /// The help source folder: one <c>Verb-Noun.md</c> per cmdlet and <c>about_*.md</c> topics. Other files, such as
    /// a README for the people who write help, are not help.
    /// </summary>
    internal sealed class HelpSources
    {
        public HelpSources(IReadOnlyList<CommandHelp> commands, IReadOnlyList<AboutTopic> aboutTopics)
        {
            Commands = commands;
            AboutTopics = aboutTopics;
        }

        public IReadOnlyList<CommandHelp> Commands { get; }

        public IReadOnlyList<AboutTopic> AboutTopics { get; }

        public static HelpSources Read(string folder)
        {
            if (!Directory.Exists(folder))
            {
                throw new HelpSourceException(folder, 0, "the help source folder does not exist.");
            }

            var files = Directory.GetFiles(folder, "*.md").OrderBy(f => f, StringComparer.Ordinal).ToList();
            var commands = new List<CommandHelp>();
            var topics = new List<AboutTopic>();
            foreach (var file in files)
            {
                var name = Path.GetFileNameWithoutExtension(file);
                if (name.StartsWith("about_", StringComparison.Ordinal))
                {
                    var topic = AboutTopicReader.Read(File.ReadAllText(file), file);
                    Expect(topic.Name, name, file);
                    topics.Add(topic);
                }
                else if (name.IndexOf('-') > 0)
                {
                    var command = CommandHelpReader.Read(File.ReadAllText(file), file);
                    Expect(command.Name, name, file);
                    commands.Add(command);
                }
            }

            return new HelpSources(commands, topics);
        }

        private static void Expect(string title, string fileName, string file)
        {
            if (!string.Equals(title, fileName, StringComparison.Ordinal))
            {
                throw new HelpSourceException(file, 1, "the title '" + title + "' differs from the file name '" + fileName + "'.");
            }
        }
    }
}
