using System;
using System.IO;
using System.Reflection;
using IdentityCenter.PowerShell.Loading;

namespace IdentityCenter.PowerShell.LoadContext
{
    /// <summary>
    /// Decides which copy answers an assembly request made from inside the module's load context: the module's own file
    /// in its dependencies folder, or the host's. The host's copy is taken only when the host itself carries the assembly
    /// (PowerShell 7.4 and later carry System.Text.Json 8.0 and the other framework assemblies the netstandard2.0 build
    /// ships for Windows PowerShell) at the version asked for or above; a copy some other module loaded never counts, so
    /// no other module's Microsoft.Extensions.* can stand in for ours.
    /// </summary>
    internal sealed class DependencyChoice
    {
        private readonly string dependencyFolder;
        private readonly Func<string, bool> fileExists;
        private readonly Func<string, Version?> hostVersion;

        /// <param name="dependencyFolder">The module's dependencies folder.</param>
        /// <param name="fileExists">Whether a file exists; File.Exists outside tests.</param>
        /// <param name="hostVersion">The version of the host's own copy of a simple name, or null when it carries none.</param>
        public DependencyChoice(string dependencyFolder, Func<string, bool> fileExists, Func<string, Version?> hostVersion)
        {
            this.dependencyFolder = dependencyFolder ?? throw new ArgumentNullException(nameof(dependencyFolder));
            this.fileExists = fileExists ?? throw new ArgumentNullException(nameof(fileExists));
            this.hostVersion = hostVersion ?? throw new ArgumentNullException(nameof(hostVersion));
        }

        /// <returns>
        /// The path of the module's copy to load into the module's context, or null when the default context is to answer:
        /// the module ships no such assembly (a framework assembly, netstandard), or the host's own copy is good enough.
        /// </returns>
        public string? ModuleCopyFor(AssemblyName requested)
        {
            var fileName = AssemblyRequest.FileNameFor(requested);
            if (fileName == null)
            {
                return null;
            }

            var path = Path.Combine(dependencyFolder, fileName);
            if (!fileExists(path))
            {
                return null;
            }

            var carried = hostVersion(requested!.Name!);
            var wanted = requested.Version ?? new Version(0, 0);
            return carried != null && carried >= wanted ? null : path;
        }
    }
}
