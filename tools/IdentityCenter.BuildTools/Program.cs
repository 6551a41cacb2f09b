using System;
using System.IO;
using IdentityCenter.BuildTools.Help;
using IdentityCenter.BuildTools.Manifest;

namespace IdentityCenter.BuildTools
{
    /// <summary>
    /// help     --source docs/help --module-folder DIR --assembly IdentityCenter.PowerShell.dll
    ///          Writes DIR/en-US/&lt;assembly&gt;-Help.xml and DIR/en-US/about_*.help.txt.
    /// manifest --source IdentityCenter.psd1 --destination FILE --version 1.2.3 --changelog CHANGELOG.md
    ///          [--project-uri URL] [--license-uri URL] [--require-release-notes]
    ///          Writes the manifest stamped with the version, that version's release notes and any addresses.
    /// </summary>
    internal static class Program
    {
        private const string RequireReleaseNotes = "--require-release-notes";

        public static int Main(string[] args)
        {
            try
            {
                var line = CommandLine.Parse(args, new[] { RequireReleaseNotes });
                switch (line.Command)
                {
                    case "help":
                        return BuildHelp(line);
                    case "manifest":
                        return StampManifest(line);
                    default:
                        throw new ArgumentException("Unknown command '" + line.Command + "'; use help or manifest.");
                }
            }
            catch (Exception ex) when (ex is ArgumentException || ex is HelpSourceException || ex is IOException)
            {
                Console.Error.WriteLine("error: " + ex.Message);
                return 1;
            }
        }

        private static int BuildHelp(CommandLine line)
        {
            var sources = HelpSources.Read(line.Required("--source"));
            foreach (var file in HelpOutput.Write(sources, line.Required("--module-folder"), line.Required("--assembly")))
            {
                Console.WriteLine("wrote " + file);
            }

            return 0;
        }

        private static int StampManifest(CommandLine line)
        {
            var version = line.Required("--version");
            var notes = Changelog.ReleaseNotes(File.ReadAllText(line.Required("--changelog")), version);
            if (notes == null)
            {
                if (line.Switches.Contains(RequireReleaseNotes))
                {
                    throw new ArgumentException("CHANGELOG.md has no section for " + version + "; a release needs its notes.");
                }

                Console.Error.WriteLine("warning: CHANGELOG.md has no section for " + version + "; the manifest's ReleaseNotes stay empty.");
                notes = string.Empty;
            }

            var manifest = File.ReadAllText(line.Required("--source"));
            var stamped = ManifestStamper.Stamp(manifest, new ManifestStamp(version, notes, line.Optional("--project-uri"), line.Optional("--license-uri")));
            var destination = line.Required("--destination");
            // With a byte-order mark, Windows PowerShell 5.1 reads non-ASCII release notes as UTF-8, not as the ANSI code page.
            File.WriteAllText(destination, stamped, new System.Text.UTF8Encoding(true));
            Console.WriteLine("wrote " + destination);
            return 0;
        }
    }
}
