using System;
using System.Globalization;
using System.IO;
using System.Security;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.PowerShell.Policies
{
    /// <summary>
    /// Gets an item's policy from exactly one of -Policy and -PolicyPath. Either may come from a CSV column, so an
    /// empty value counts as not given, as it does for the other optional columns.
    /// </summary>
    internal static class PolicySource
    {
        // Text within the API's limit takes at most four bytes a character (UTF-32) plus a byte-order mark: a larger
        // file cannot hold an acceptable policy, and is refused before it is read into memory.
        public const long MaxFileBytes = (long)Limits.PolicyMax * 4 + 4;

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
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is SecurityException)
            {
                throw new PolicyInputException(PolicyInputProblem.FileUnreadable, path, "The policy file " + path + " could not be read: " + ex.Message, ex);
            }
        }
    }
}
