using System;
using System.IO;
using System.Reflection;

namespace IdentityCenter.PowerShell.Loading
{
    /// <summary>
    /// Decides which file in the module folder answers a request for an assembly. Windows PowerShell (.NET Framework)
    /// has no binding redirects for a module, so a dependency asking for System.Memory 4.0.1.1 fails when the folder
    /// holds 4.0.1.2; matching by simple name, whatever version is asked for, lets the shipped copy answer.
    /// </summary>
    internal sealed class DependencyResolver
    {
        private readonly string moduleDirectory;
        private readonly Func<string, bool> fileExists;

        public DependencyResolver(string moduleDirectory, Func<string, bool> fileExists)
        {
            this.moduleDirectory = moduleDirectory ?? throw new ArgumentNullException(nameof(moduleDirectory));
            this.fileExists = fileExists ?? throw new ArgumentNullException(nameof(fileExists));
        }

        /// <summary>Only .NET Framework needs the help: PowerShell 7 resolves a module's dependencies from its folder.</summary>
        public static bool IsNeededOn(string frameworkDescription) =>
            frameworkDescription != null && frameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);

        /// <param name="requestedName">The full name the runtime asked for, such as <c>System.Memory, Version=4.0.1.1, …</c>.</param>
        /// <returns>The path of the module's copy, or null when the module does not ship that assembly.</returns>
        public string? FindAssemblyPath(string? requestedName)
        {
            if (string.IsNullOrWhiteSpace(requestedName))
            {
                return null;
            }

            AssemblyName name;
            try
            {
                name = new AssemblyName(requestedName);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is FileLoadException)
            {
                return null;
            }

            var simpleName = name.Name;
            if (string.IsNullOrEmpty(simpleName) || !IsPlainFileName(simpleName!))
            {
                return null;
            }

            // Satellite resource assemblies are not shipped; the runtime falls back to the neutral resources.
            if (simpleName!.EndsWith(".resources", StringComparison.OrdinalIgnoreCase)
                || (!string.IsNullOrEmpty(name.CultureName) && !string.Equals(name.CultureName, "neutral", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            var path = Path.Combine(moduleDirectory, simpleName + ".dll");
            return fileExists(path) ? path : null;
        }

        // A requested name must not reach outside the module folder.
        private static bool IsPlainFileName(string simpleName) =>
            simpleName.IndexOfAny(new[] { '/', '\\', ':' }) < 0
            && simpleName.IndexOfAny(Path.GetInvalidFileNameChars()) < 0
            && simpleName != "."
            && simpleName != "..";
    }
}
