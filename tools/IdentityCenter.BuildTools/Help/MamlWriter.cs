using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace IdentityCenter.BuildTools.Help
{
    /// <summary>
    /// Writes cmdlet help as MAML, the XML Get-Help reads for a binary module from
    /// <c>&lt;culture&gt;/&lt;assembly&gt;.dll-Help.xml</c> beside the assembly.
    /// </summary>
    internal static class MamlWriter
    {
        private const string Msh = "http://msh";
        private const string Maml = "http://schemas.microsoft.com/maml/2004/10";
        private const string Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        private const string Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
        private const string MsHelp = "http://msdn.microsoft.com/mshelp";

        public static string Write(IEnumerable<CommandHelp> commands)
        {
            var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
            using var buffer = new MemoryStream();
            using (var xml = XmlWriter.Create(buffer, settings))
            {
                xml.WriteStartDocument();
                xml.WriteStartElement("helpItems", Msh);
                xml.WriteAttributeString("schema", "maml");
                foreach (var command in commands)
                {
                    WriteCommand(xml, command);
                }

                xml.WriteEndElement();
                xml.WriteEndDocument();
            }

            return new UTF8Encoding(false).GetString(buffer.ToArray());
        }

        private static void WriteCommand(XmlWriter xml, CommandHelp command)
        {
            xml.WriteStartElement("command", "command", Command);
            xml.WriteAttributeString("xmlns", "maml", null, Maml);
            xml.WriteAttributeString("xmlns", "command", null, Command);
            xml.WriteAttributeString("xmlns", "dev", null, Dev);
            xml.WriteAttributeString("xmlns", "MSHelp", null, MsHelp);

            xml.WriteStartElement("command", "details", Command);
            xml.WriteElementString("command", "name", Command, command.Name);
            Description(xml, new[] { command.Synopsis });
            xml.WriteElementString("command", "verb", Command, command.Verb);
            xml.WriteElementString("command", "noun", Command, command.Noun);
            xml.WriteEndElement();

            Description(xml, command.Description);

            xml.WriteStartElement("command", "syntax", Command);
            foreach (var set in command.Syntax)
            {
                xml.WriteStartElement("command", "syntaxItem", Command);
                xml.WriteElementString("maml", "name", Maml, command.Name);
                foreach (var (parameter, usage) in SyntaxLine.ParametersOf(command, set.Name))
                {
                    Parameter(xml, parameter, usage, inSyntax: true);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();

            xml.WriteStartElement("command", "parameters", Command);
            foreach (var parameter in command.Parameters)
            {
                Parameter(xml, parameter, parameter.Usages[0], inSyntax: false);
            }

            xml.WriteEndElement();

            TypeNotes(xml, "inputTypes", "inputType", command.Inputs);
            TypeNotes(xml, "returnValues", "returnValue", command.Outputs);

            xml.WriteStartElement("maml", "alertSet", Maml);
            xml.WriteStartElement("maml", "alert", Maml);
            Paragraphs(xml, command.Notes);
            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteStartElement("command", "examples", Command);
            foreach (var example in command.Examples)
            {
                xml.WriteStartElement("command", "example", Command);
                xml.WriteElementString("maml", "title", Maml, "-------------------------- " + example.Title + " --------------------------");
                xml.WriteStartElement("maml", "introduction", Maml);
                Paragraphs(xml, example.Introduction);
                xml.WriteEndElement();
                xml.WriteElementString("dev", "code", Dev, example.Code);
                xml.WriteStartElement("dev", "remarks", Dev);
                Paragraphs(xml, example.Remarks);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();

            xml.WriteStartElement("command", "relatedLinks", Command);
            foreach (var link in command.RelatedLinks)
            {
                xml.WriteStartElement("maml", "navigationLink", Maml);
                xml.WriteElementString("maml", "linkText", Maml, link.Text);
                xml.WriteElementString("maml", "uri", Maml, link.Uri);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        private static void Parameter(XmlWriter xml, HelpParameter parameter, ParameterUsage usage, bool inSyntax)
        {
            xml.WriteStartElement("command", "parameter", Command);
            xml.WriteAttributeString("required", usage.Required ? "true" : "false");
            xml.WriteAttributeString("variableLength", parameter.Type.EndsWith("[]", System.StringComparison.Ordinal) ? "true" : "false");
            xml.WriteAttributeString("globbing", parameter.AcceptsWildcards ? "true" : "false");
            xml.WriteAttributeString("pipelineInput", usage.PipelineInput);
            xml.WriteAttributeString("position", usage.IsPositional ? usage.Position : "named");
            xml.WriteAttributeString("aliases", parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases));
            xml.WriteElementString("maml", "name", Maml, parameter.Name);
            Description(xml, parameter.Description);

            // A switch takes no value, so its syntax shows none.
            if (!(inSyntax && parameter.IsSwitch))
            {
                xml.WriteStartElement("command", "parameterValue", Command);
                xml.WriteAttributeString("required", parameter.IsSwitch ? "false" : "true");
                xml.WriteAttributeString("variableLength", "false");
                xml.WriteString(parameter.Type);
                xml.WriteEndElement();
            }

            xml.WriteStartElement("dev", "type", Dev);
            xml.WriteElementString("maml", "name", Maml, parameter.Type);
            xml.WriteElementString("maml", "uri", Maml, string.Empty);
            xml.WriteEndElement();
            xml.WriteElementString("dev", "defaultValue", Dev, parameter.DefaultValue);
            xml.WriteEndElement();
        }

        private static void TypeNotes(XmlWriter xml, string listElement, string itemElement, IReadOnlyList<HelpTypeNote> notes)
        {
            xml.WriteStartElement("command", listElement, Command);
            foreach (var note in notes)
            {
                xml.WriteStartElement("command", itemElement, Command);
                xml.WriteStartElement("dev", "type", Dev);
                xml.WriteElementString("maml", "name", Maml, note.TypeName);
                xml.WriteEndElement();
                Description(xml, note.Description);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        private static void Description(XmlWriter xml, IEnumerable<string> paragraphs)
        {
            xml.WriteStartElement("maml", "description", Maml);
            Paragraphs(xml, paragraphs);
            xml.WriteEndElement();
        }

        private static void Paragraphs(XmlWriter xml, IEnumerable<string> paragraphs)
        {
            foreach (var paragraph in paragraphs.Where(p => p.Length > 0))
            {
                xml.WriteElementString("maml", "para", Maml, paragraph);
            }
        }
    }
}
