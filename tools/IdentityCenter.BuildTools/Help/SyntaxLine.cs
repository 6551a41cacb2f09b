using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace IdentityCenter.BuildTools.Help
{
    /// <summary>
    /// A parameter set's syntax as Get-Command -Syntax writes it: positional parameters by position, then mandatory
    /// ones, then optional ones, each group in the order the help source lists them, -WhatIf and -Confirm last.
    /// </summary>
    internal static class SyntaxLine
    {
        public const string AllParameterSets = "__AllParameterSets";

        public static IReadOnlyList<(HelpParameter Parameter, ParameterUsage Usage)> ParametersOf(CommandHelp command, string set)
        {
            var used = command.Parameters
                .Select((p, index) => (Parameter: p, Usage: p.UsageIn(set), Index: index))
                .Where(x => x.Usage != null)
                .Select(x => (x.Parameter, Usage: x.Usage!, x.Index))
                .ToList();
            return used
                .OrderBy(x => x.Parameter.IsShouldProcess ? 3 : x.Usage.IsPositional ? 0 : x.Usage.Required ? 1 : 2)
                .ThenBy(x => x.Usage.IsPositional ? int.Parse(x.Usage.Position, System.Globalization.CultureInfo.InvariantCulture) : 0)
                .ThenBy(x => x.Parameter.Name == "Confirm" ? 1 : 0)
                .ThenBy(x => x.Index)
                .Select(x => (x.Parameter, x.Usage))
                .ToList();
        }

        public static string Render(CommandHelp command, string set)
        {
            var line = new StringBuilder(command.Name);
            foreach (var (parameter, usage) in ParametersOf(command, set))
            {
                line.Append(' ').Append(Render(parameter, usage));
            }

            return line.Append(" [<CommonParameters>]").ToString();
        }

        /// <summary>Text compared with its runs of white space made one space, so a wrapped syntax block still matches.</summary>
        public static string Normalize(string text) => string.Join(" ", text.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));

        private static string Render(HelpParameter parameter, ParameterUsage usage)
        {
            var name = usage.IsPositional ? "[-" + parameter.Name + "]" : "-" + parameter.Name;
            var text = parameter.IsSwitch ? "-" + parameter.Name : name + " <" + parameter.Type + ">";
            return usage.Required ? text : "[" + text + "]";
        }
    }
}
