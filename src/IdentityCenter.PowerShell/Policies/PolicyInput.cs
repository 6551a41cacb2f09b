using System;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Security;
using System.Threading;
using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.PowerShell.Policies
{
    /// <summary>The PowerShell half of reading -Policy/-PolicyPath: resolving the path against the current location.</summary>
    internal static class PolicyParameters
    {
        /// <exception cref="PolicyInputException">See <see cref="PolicySource.Load"/>; also a path on a drive that is not the file system.</exception>
        public static PolicyText Load(PSCmdlet cmdlet, string? policy, string? policyPath) =>
            PolicySource.Load(policy, ResolvePath(cmdlet, policyPath), PolicySource.ReadFile, PolicySource.FileLength);

        // PowerShell's current location, not the process's working directory, is what a relative path means to a user.
        private static string? ResolvePath(PSCmdlet cmdlet, string? policyPath)
        {
            if (string.IsNullOrEmpty(policyPath))
            {
                return null;
            }

            PolicySource.RefuseNul(policyPath!);

            string resolved;
            ProviderInfo? provider;
            try
            {
                resolved = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(policyPath, out provider, out _);
            }
            catch (SessionStateException ex)
            {
                // A drive or provider that does not exist: for the user, the file does not exist.
                throw new PolicyInputException(PolicyInputProblem.FileNotFound, policyPath, "The policy file " + policyPath + " does not exist: " + ex.Message, ex);
            }

            if (provider == null || provider.ImplementingType != typeof(Microsoft.PowerShell.Commands.FileSystemProvider))
            {
                throw new PolicyInputException(
                    PolicyInputProblem.NotAFileSystemPath,
                    policyPath,
                    "-PolicyPath '" + policyPath + "' is on a " + (provider?.Name ?? "unknown") + " drive; a policy file must be on a file-system drive.");
            }

            return resolved;
        }
    }

    /// <summary>
    /// Gets an item's policy from exactly one of -Policy and -PolicyPath. Either may come from a CSV column, so an
    /// empty value counts as not given, as it does for the other optional columns.
    /// </summary>
    internal static class PolicySource
    {
        // Text within the API's limit takes at most four bytes a character (UTF-32) plus a byte-order mark: a larger
        // file cannot hold an acceptable policy, and is refused before it is read into memory.
        public const long MaxFileBytes = Limits.TextFileMaxBytes;

        /// <param name="policy">-Policy, already turned into text.</param>
        /// <param name="policyPath">-PolicyPath resolved to a file-system path, or null.</param>
        /// <param name="readFile">Reads the file; <see cref="File.ReadAllText(string)"/> outside tests.</param>
        /// <param name="fileLength">The file's size in bytes, or null when there is no such file.</param>
        /// <exception cref="PolicyInputException">None or both were given, or the file cannot serve.</exception>
        public static PolicyText Load(string? policy, string? policyPath, Func<string, string> readFile, Func<string, long?> fileLength)
        {
            var hasPolicy = !string.IsNullOrEmpty(policy);
            var hasPath = !string.IsNullOrEmpty(policyPath);
            if (hasPolicy && hasPath)
            {
                throw new PolicyInputException(PolicyInputProblem.Both, policyPath, "Both -Policy and -PolicyPath were given; give one of them.");
            }

            if (!hasPolicy && !hasPath)
            {
                throw new PolicyInputException(PolicyInputProblem.Missing, null, "No policy was given: give -Policy (JSON text, a hashtable or a PSCustomObject) or -PolicyPath (a JSON file).");
            }

            return hasPolicy ? new PolicyText(policy!, PolicyText.FromParameter) : new PolicyText(Read(policyPath!, readFile, fileLength), policyPath!);
        }

        /// <summary>Reads a policy file: a regular file only, at most <see cref="MaxFileBytes"/>; the default for <see cref="Load"/>.</summary>
        public static string ReadFile(string path) => TextFile.Read(path, "the policy file", CancellationToken.None);

        /// <summary>A NUL cannot be in any file name; the runtime's own refusal would not name the parameter.</summary>
        /// <exception cref="PolicyInputException">The path holds a NUL character.</exception>
        public static void RefuseNul(string policyPath)
        {
            var at = policyPath.IndexOf('\0');
            if (at >= 0)
            {
                throw new PolicyInputException(
                    PolicyInputProblem.InvalidPath,
                    policyPath.Replace("\0", "\\0"),
                    "-PolicyPath holds a NUL character (U+0000) at position " + (at + 1).ToString(CultureInfo.InvariantCulture) + "; no file name may hold one.");
            }
        }

        /// <summary>The size of a file, or null when there is none; the default for <see cref="Load"/>.</summary>
        public static long? FileLength(string path)
        {
            var file = new FileInfo(path);
            return file.Exists ? file.Length : (long?)null;
        }

        private static string Read(string path, Func<string, string> readFile, Func<string, long?> fileLength)
        {
            try
            {
                RefuseNul(path);
                var length = fileLength(path);
                if (length == null)
                {
                    throw new PolicyInputException(PolicyInputProblem.FileNotFound, path, "The policy file " + path + " does not exist.");
                }

                if (length > MaxFileBytes)
                {
                    throw new PolicyInputException(
                        PolicyInputProblem.FileTooLarge,
                        path,
                        "The policy file " + path + " is " + length.Value.ToString("N0", CultureInfo.InvariantCulture) + " bytes, more than any policy the API accepts (" +
                        Limits.PolicyMax.ToString("N0", CultureInfo.InvariantCulture) + " characters).");
                }

                return readFile(path);
            }
            catch (TextFileException ex)
            {
                throw new PolicyInputException(ProblemOf(ex.Problem), path, ex.Message, ex);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is SecurityException)
            {
                throw new PolicyInputException(PolicyInputProblem.FileUnreadable, path, "The policy file " + path + " could not be read: " + ex.Message, ex);
            }
        }

        private static PolicyInputProblem ProblemOf(TextFileProblem problem) => problem switch
        {
            TextFileProblem.NotFound => PolicyInputProblem.FileNotFound,
            TextFileProblem.InvalidPath => PolicyInputProblem.InvalidPath,
            TextFileProblem.NotARegularFile => PolicyInputProblem.NotARegularFile,
            TextFileProblem.TooLarge => PolicyInputProblem.FileTooLarge,
            _ => PolicyInputProblem.FileUnreadable,
        };
    }

    /// <summary>A policy document as text, with where it came from.</summary>
    internal sealed class PolicyText
    {
        public const string FromParameter = "-Policy";

        public PolicyText(string text, string source)
        {
            Text = text;
            Source = source;
        }

        public string Text { get; }

        /// <summary>The file path, or <see cref="FromParameter"/>.</summary>
        public string Source { get; }

        public override string ToString() => Source + " (" + Text.Length + " characters)";
    }

    /// <summary>An item's policy could not be had from -Policy or -PolicyPath; nothing about it was checked or sent.</summary>
    internal sealed class PolicyInputException : Exception
    {
        public PolicyInputException(PolicyInputProblem problem, string? path, string message, Exception? inner = null)
            : base(message, inner)
        {
            Problem = problem;
            Path = path;
        }

        public PolicyInputProblem Problem { get; }

        /// <summary>The file at fault, when there is one.</summary>
        public string? Path { get; }
    }

    /// <summary>Why no policy text could be had for an item.</summary>
    internal enum PolicyInputProblem
    {
        /// <summary>Neither -Policy nor -PolicyPath was given.</summary>
        Missing,

        /// <summary>Both were given.</summary>
        Both,

        /// <summary>-PolicyPath names no file.</summary>
        FileNotFound,

        /// <summary>-PolicyPath is not a file-system path.</summary>
        NotAFileSystemPath,

        /// <summary>The file is too large to hold any policy the API accepts.</summary>
        FileTooLarge,

        /// <summary>The file exists but could not be read.</summary>
        FileUnreadable,

        /// <summary>-PolicyPath holds a character no path may hold (NUL).</summary>
        InvalidPath,

        /// <summary>-PolicyPath names a directory, a pipe, a socket or a device, whose reading may never end.</summary>
        NotARegularFile,
    }
}
