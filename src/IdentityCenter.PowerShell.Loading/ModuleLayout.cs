using System;
using System.IO;

namespace IdentityCenter.PowerShell.Loading
{
    /// <summary>
    /// Where the built module keeps its files: the cmdlet assembly alone in the module folder; this assembly, the load
    /// context, Core and every third-party assembly in its dependencies folder (the cmdlet project's publish step lays
    /// them out so, and the manifest names this assembly there as its first nested module).
    /// </summary>
    internal sealed class ModuleLayout
    {
        public const string DependencyFolderName = "dependencies";

        /// <summary>The net8.0 assembly that holds the load context; see <see cref="LoadContextInstaller"/>.</summary>
        public const string LoadContextAssemblyName = "IdentityCenter.PowerShell.LoadContext";

        /// <summary>
        /// What the cmdlet assembly references directly and only the module's load context holds: Core, and nothing of
        /// Core's dependencies (the xunit tests hold the cmdlet assembly's references to this list).
        /// </summary>
        public static readonly string[] BridgedAssemblies = { "IdentityCenter.Core" };

        /// <param name="dependencyFolder">The folder this assembly was loaded from.</param>
        public ModuleLayout(string dependencyFolder)
        {
            DependencyFolder = dependencyFolder ?? throw new ArgumentNullException(nameof(dependencyFolder));
            ModuleFolder = Path.GetDirectoryName(dependencyFolder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)) ?? dependencyFolder;
            LoadContextPath = Path.Combine(DependencyFolder, LoadContextAssemblyName + ".dll");
        }

        public string ModuleFolder { get; }

        public string DependencyFolder { get; }

        public string LoadContextPath { get; }

        /// <summary>
        /// Whether this is the built module's layout. In a build output (the test projects' bin folders) everything sits
        /// side by side, the load context is not copied there, and assemblies load as PowerShell finds them.
        /// </summary>
        public bool IsModuleLayout =>
            string.Equals(Path.GetFileName(DependencyFolder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)), DependencyFolderName, StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether a file sits inside the module folder or below it: the test for "one of our assemblies".</summary>
        public bool Holds(string? path)
        {
            if (string.IsNullOrEmpty(path))
            {
                return false;
            }

            string full;
            try
            {
                full = Path.GetFullPath(path);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
            {
                return false;
            }

            var folder = Path.GetFullPath(ModuleFolder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
            return full.StartsWith(folder, StringComparison.OrdinalIgnoreCase);
        }
    }
}
