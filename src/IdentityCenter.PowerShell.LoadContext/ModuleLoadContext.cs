using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace IdentityCenter.PowerShell.LoadContext
{
    /// <summary>
    /// What the module's loading nested module calls on import and removal (by reflection: it is netstandard2.0 and
    /// cannot reference a net8.0 assembly). Creates the module's one load context and bridges the default context to it
    /// for the few assemblies the cmdlet assembly references directly and only the module's context holds, which is
    /// Core: the cmdlet assembly stays in the default context, and its reference to Core resolves to the copy in the
    /// module's context, so both see the same Core types.
    /// </summary>
    public static class ModuleLoadContext
    {
        /// <summary>The load context's name, as AssemblyLoadContext.GetLoadContext reports it for Core.</summary>
        public const string Name = "IdentityCenter";

        private static readonly object Gate = new object();
        private static PrivateLoadContext? context;
        private static Func<AssemblyLoadContext, AssemblyName, Assembly?>? bridge;

        /// <summary>Whether the default context is bridged to the module's context (between import and removal).</summary>
        public static bool IsInstalled
        {
            get
            {
                lock (Gate)
                {
                    return bridge != null;
                }
            }
        }

        /// <param name="dependencyFolder">The folder holding Core and the dependencies.</param>
        /// <param name="bridgedAssemblies">The simple names the default context may be answered with from the module's context.</param>
        public static void Install(string dependencyFolder, string[] bridgedAssemblies)
        {
            if (dependencyFolder == null) throw new ArgumentNullException(nameof(dependencyFolder));
            if (bridgedAssemblies == null) throw new ArgumentNullException(nameof(bridgedAssemblies));

            lock (Gate)
            {
                if (bridge != null)
                {
                    return;
                }

                // One context for the life of the process: after Remove-Module and Import-Module the cmdlet assembly is
                // the same and its reference to Core already resolved into this context.
                context ??= new PrivateLoadContext(Name, new DependencyChoice(dependencyFolder, File.Exists, HostAssemblies.OfThisProcess().VersionOf));
                var bridged = new HashSet<string>(bridgedAssemblies, StringComparer.OrdinalIgnoreCase);
                var target = context;
                bridge = (requester, name) => Bridge(target, bridged, name);
                AssemblyLoadContext.Default.Resolving += bridge;
            }
        }

        /// <summary>Stops bridging; the context and what it loaded stay, as nothing can unload them.</summary>
        public static void Uninstall()
        {
            lock (Gate)
            {
                if (bridge != null)
                {
                    AssemblyLoadContext.Default.Resolving -= bridge;
                    bridge = null;
                }
            }
        }

        // The default context asks only after it failed. Another module's failed request for, say, a Microsoft.Extensions
        // assembly is not ours to answer, so only the bridged names are; and nothing the module's context would leave to
        // the default context, as that would send the request straight back here.
        private static Assembly? Bridge(PrivateLoadContext target, HashSet<string> bridged, AssemblyName name)
        {
            if (name.Name == null || !bridged.Contains(name.Name) || target.Choice.ModuleCopyFor(name) == null)
            {
                return null;
            }

            return target.LoadFromAssemblyName(name);
        }
    }
}
