using System;
using System.IO;
using System.Reflection;

namespace IdentityCenter.PowerShell.Loading
{
    /// <summary>
    /// The file name a request for an assembly may be answered with, the same for both ways the module serves its
    /// dependencies (compiled into the cmdlet assembly and, linked, into the loader).
    /// </summary>
    internal static class AssemblyRequest
    {
        /// <returns>
        /// The simple name's file, such as <c>System.Memory.dll</c>; null for a satellite resource assembly (never
        /// shipped: the runtime falls back to the neutral resources) and for a name that could reach outside a folder.
        /// </returns>
        public static string? FileNameFor(AssemblyName? requested)
        {
            var simpleName = requested?.Name;
            if (string.IsNullOrEmpty(simpleName) || !IsPlainFileName(simpleName!))
            {
                return null;
            }

            if (simpleName!.EndsWith(".resources", StringComparison.OrdinalIgnoreCase)
                || (!string.IsNullOrEmpty(requested!.CultureName) && !string.Equals(requested.CultureName, "neutral", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            return simpleName + ".dll";
        }

        private static bool IsPlainFileName(string simpleName) =>
            simpleName.IndexOfAny(new[] { '/', '\\', ':' }) < 0
            && simpleName.IndexOfAny(Path.GetInvalidFileNameChars()) < 0
            && simpleName != "."
            && simpleName != "..";
    }
}
