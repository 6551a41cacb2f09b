using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core.Credentials
{
    /// <summary>
    /// Reads a small text file the user named (the credentials file, a policy file) without letting the path hang
    /// the command: only a regular file is opened, because opening a FIFO waits for a writer and a device may never
    /// end, and at most <see cref="Limits.TextFileMaxBytes"/> bytes are read, in chunks that observe cancellation.
    /// </summary>
    public static class TextFile
    {
        private const int ChunkBytes = 16 * 1024;

        /// <summary>What kind of file system entry a path names.</summary>
        public enum Kind
        {
            Missing,
            RegularFile,
            Directory,

            /// <summary>A FIFO, socket or device: reading it may block for ever or never end.</summary>
            Special,
        }

        /// <summary>What is at the path, following symbolic links as opening it would.</summary>
        public static Kind KindOf(string path)
        {
            if (Directory.Exists(path))
            {
                return Kind.Directory;
            }

            if (!File.Exists(path))
            {
                return Kind.Missing;
            }

            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                // Device names (NUL, CON) and \\.\ paths reach the object manager, not a file on disk.
                var attributes = File.GetAttributes(path);
                return (attributes & FileAttributes.Device) != 0 || path.StartsWith(@"\\.\", StringComparison.Ordinal) || path.StartsWith(@"\\?\GLOBALROOT", StringComparison.OrdinalIgnoreCase)
                    ? Kind.Special
                    : Kind.RegularFile;
            }

            return UnixFileType.IsRegular(path) ? Kind.RegularFile : Kind.Special;
        }

        /// <summary>Reads the file as text (UTF-8 unless a byte-order mark says otherwise).</summary>
        /// <param name="path">A full path.</param>
        /// <param name="describe">What the file is, for errors: "the credentials file", "the policy file".</param>
        /// <exception cref="TextFileException">The file is missing, not a regular file, too large, or unreadable.</exception>
        /// <exception cref="OperationCanceledException">The token was cancelled while reading.</exception>
        public static string Read(string path, string describe, CancellationToken cancellationToken)
        {
            if (path.IndexOf('\0') >= 0)
            {
                throw new TextFileException(TextFileProblem.InvalidPath, path, Capitalize(describe) + " path contains a NUL character (U+0000), which no file name may hold.");
            }

            Kind kind;
            try
            {
                kind = KindOf(path);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
            {
                throw new TextFileException(TextFileProblem.InvalidPath, path, Capitalize(describe) + " path " + path + " is not a usable file path: " + ex.Message, ex);
            }

            switch (kind)
            {
                case Kind.Missing:
                    throw new TextFileException(TextFileProblem.NotFound, path, Capitalize(describe) + " " + path + " does not exist.");
                case Kind.Directory:
                    throw new TextFileException(TextFileProblem.NotARegularFile, path, Capitalize(describe) + " " + path + " is a directory, not a file.");
                case Kind.Special:
                    throw new TextFileException(
                        TextFileProblem.NotARegularFile,
                        path,
                        Capitalize(describe) + " " + path + " is not a regular file (a pipe, socket or device); only a regular file is read, because reading such a path can wait for ever.");
            }

            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, ChunkBytes);
                if (stream.CanSeek && stream.Length > Limits.TextFileMaxBytes)
                {
                    throw TooLarge(path, describe);
                }

                using var buffer = new MemoryStream();
                var chunk = new byte[ChunkBytes];
                int read;
                while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (buffer.Length + read > Limits.TextFileMaxBytes)
                    {
                        throw TooLarge(path, describe);
                    }

                    buffer.Write(chunk, 0, read);
                }

                buffer.Position = 0;
                using var reader = new StreamReader(buffer, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
                return reader.ReadToEnd();
            }
            catch (Exception ex) when (!(ex is TextFileException) && (ex is IOException || ex is UnauthorizedAccessException || ex is System.Security.SecurityException))
            {
                throw new TextFileException(TextFileProblem.Unreadable, path, Capitalize(describe) + " " + path + " could not be read: " + ex.Message, ex);
            }
        }

        private static TextFileException TooLarge(string path, string describe) =>
            new TextFileException(
                TextFileProblem.TooLarge,
                path,
                Capitalize(describe) + " " + path + " is larger than " + Limits.TextFileMaxBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) +
                " bytes, the most the module reads from a text file.");

        private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

        /// <summary>
        /// The file type from stat(2), through the .NET runtime's own native shim (libSystem.Native, present in every
        /// .NET on Unix), since netstandard2.0 has no managed way to tell a FIFO from a file.
        /// </summary>
        private static class UnixFileType
        {
            private const int TypeMask = 0xF000;
            private const int RegularFile = 0x8000;

            // The shim's FileStatus begins with Flags and Mode (two 32-bit fields); the rest is room to spare.
            private const int StatusBytes = 256;

            public static bool IsRegular(string path)
            {
                var status = new byte[StatusBytes];
                int result;
                try
                {
                    // netstandard2.0 has no UTF-8 string marshalling: the path goes as NUL-terminated UTF-8 bytes.
                    result = Stat(Encoding.UTF8.GetBytes(path + "\0"), status);
                }
                catch (Exception ex) when (ex is DllNotFoundException || ex is EntryPointNotFoundException)
                {
                    // Without the shim, the path is opened as before; the size limit still bounds the read.
                    return true;
                }

                if (result != 0)
                {
                    // Gone between the existence check and now; opening it reports that properly.
                    return true;
                }

                var mode = BitConverter.ToInt32(status, 4);
                return (mode & TypeMask) == RegularFile;
            }

            [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
            private static extern int Stat(byte[] utf8Path, byte[] status);
        }
    }

    /// <summary>Why a text file could not be read.</summary>
    public enum TextFileProblem
    {
        NotFound,
        InvalidPath,
        NotARegularFile,
        TooLarge,
        Unreadable,
    }

    /// <summary>A text file the user named could not be read; the message names the file and the reason.</summary>
    public sealed class TextFileException : IOException
    {
        public TextFileException(TextFileProblem problem, string path, string message, Exception? inner = null)
            : base(message, inner)
        {
            Problem = problem;
            Path = path;
        }

        public TextFileProblem Problem { get; }

        public string Path { get; }
    }
}
