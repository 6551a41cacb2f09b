using System;
using System.IO;
using System.Reflection;

namespace IdentityCenter.PowerShell.Loading
{
    /// <summary>
    /// Windows PowerShell's answer to an assembly request the runtime could not bind: which file of the module's
    /// dependencies folder serves it. .NET Framework has no load contexts to isolate the module and no binding redirects
    /// for it, so a dependency asking for System.Memory 4.0.1.1 fails when the folder holds 4.0.1.2; matching by simple
    /// name, whatever version is asked for, lets the shipped copy answer. Only requests made by the module's own
    /// assemblies are served: another module asking for a Microsoft.Extensions assembly is left to find its own copy.
    /// </summary>
    internal sealed class DependencyResolver
    {
        private readonly ModuleLayout layout;
        private readonly Func<string, bool> fileExists;

        public DependencyResolver(ModuleLayout layout, Func<string, bool> fileExists)
        {
            this.layout = layout ?? throw new ArgumentNullException(nameof(layout));
            this.fileExists = fileExists ?? throw new ArgumentNullException(nameof(fileExists));
        }

        /// <summary>Only .NET Framework needs the help: on PowerShell 7 the module's load context serves its dependencies.</summary>
        public static bool IsNeededOn(string frameworkDescription) =>
            frameworkDescription != null && frameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);

        /// <param name="requestedName">The full name the runtime asked for, such as <c>System.Memory, Version=4.0.1.1, …</c>.</param>
        /// <param name="requestingAssemblyPath">
        /// Where the assembly that made the request was loaded from; null when the runtime does not say, and then the
        /// request is not served, as it cannot be told to be ours.
        /// </param>
        /// <returns>The path of the module's copy, or null when the module does not ship that assembly or did not ask.</returns>
        public string? FindAssemblyPath(string? requestedName, string? requestingAssemblyPath)
        {
            if (string.IsNullOrWhiteSpace(requestedName) || !layout.Holds(requestingAssemblyPath))
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

            var fileName = AssemblyRequest.FileNameFor(name);
            if (fileName == null)
            {
                return null;
            }

            var path = Path.Combine(layout.DependencyFolder, fileName);
            return fileExists(path) ? path : null;
        }
    }
}
