using System;
using System.Collections.Generic;

namespace IdentityCenter.BuildTools
{
    /// <summary>A command and its --name value options.</summary>
    internal sealed class CommandLine
    {
        private readonly Dictionary<string, string> options;

        private CommandLine(string command, Dictionary<string, string> options, HashSet<string> switches)
        {
            Command = command;
            this.options = options;
            Switches = switches;
        }

        public string Command { get; }

        public HashSet<string> Switches { get; }

        /// <exception cref="ArgumentException">An option has no value, or an argument is not an option.</exception>
        public static CommandLine Parse(IReadOnlyList<string> args, ICollection<string> switchNames)
        {
            if (args.Count == 0)
            {
                throw new ArgumentException("No command was given.");
            }

            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            var switches = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 1; i < args.Count; i++)
            {
                var name = args[i];
                if (!name.StartsWith("--", StringComparison.Ordinal))
                {
                    throw new ArgumentException("'" + name + "' is not an option; options are --name value.");
                }

                if (switchNames.Contains(name))
                {
                    switches.Add(name);
                    continue;
                }

                if (i + 1 >= args.Count)
                {
                    throw new ArgumentException(name + " needs a value.");
                }

                options[name] = args[++i];
            }

            return new CommandLine(args[0], options, switches);
        }

        public string Required(string name) =>
            options.TryGetValue(name, out var value) && value.Length > 0 ? value : throw new ArgumentException(Command + " needs " + name + ".");

        public string? Optional(string name) => options.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

        public override string ToString() => Command;
    }
}
