using System;

namespace IdentityCenter.BuildTools.Help
{
    /// <summary>A help source file that cannot be turned into help; the message names the file and line.</summary>
    internal sealed class HelpSourceException : Exception
    {
        public HelpSourceException(string file, int line, string problem)
            : base(file + (line > 0 ? ":" + line : string.Empty) + ": " + problem)
        {
            File = file;
            SourceLine = line;
        }

        public string File { get; }

        public int SourceLine { get; }
    }
}
