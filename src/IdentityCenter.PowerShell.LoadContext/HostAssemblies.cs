using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace IdentityCenter.PowerShell.LoadContext
{
    /// <summary>
    /// The assemblies the host process itself carries: the runtime's trusted platform assemblies, which for PowerShell
    /// are the .NET shared framework and the files of $PSHOME its deps.json lists. Assemblies other modules load later
    /// are not among them.
    /// </summary>
    internal sealed class HostAssemblies
    {
        private readonly Lazy<Dictionary<string, string>> pathsByName;
        private readonly Dictionary<string, Version?> versions = new Dictionary<string, Version?>(StringComparer.OrdinalIgnoreCase);

        /// <param name="trustedPlatformAssemblies">The runtime's list: paths separated by the platform's path separator.</param>
        public HostAssemblies(string? trustedPlatformAssemblies)
        {
            // Parsed on the first request for an assembly the module ships, not at import.
            pathsByName = new Lazy<Dictionary<string, string>>(() => Parse(trustedPlatformAssemblies));
        }

        public static HostAssemblies OfThisProcess() => new HostAssemblies(AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string);

        /// <returns>The version of the host's copy, or null when the host carries no assembly of that simple name.</returns>
        public Version? VersionOf(string simpleName)
        {
            lock (versions)
            {
                if (!versions.TryGetValue(simpleName, out var version))
                {
                    version = pathsByName.Value.TryGetValue(simpleName, out var path) ? ReadVersion(path) : null;
                    versions[simpleName] = version;
                }

                return version;
            }
        }

        private static Version? ReadVersion(string path)
        {
            try
            {
                return AssemblyName.GetAssemblyName(path).Version;
            }
            catch (Exception ex) when (ex is IOException || ex is BadImageFormatException || ex is UnauthorizedAccessException)
            {
                // A listed file that cannot be read cannot be loaded either: the module's copy answers.
                return null;
            }
        }

        private static Dictionary<string, string> Parse(string? list)
        {
            var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var path in (list ?? string.Empty).Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                {
                    paths[Path.GetFileNameWithoutExtension(path)] = path;
                }
            }

            return paths;
        }
    }
}
