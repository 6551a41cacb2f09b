using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;

namespace IdentityCenter.PowerShell.Loading
{
    /// <summary>
    /// Runs when the module is imported and removed. On Windows PowerShell it lets the module's own copies of its
    /// dependencies answer version mismatches (see <see cref="DependencyResolver"/>). It only registers a handler: no
    /// network, no HTTP client, nothing that slows an import.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly object Gate = new object();
        private static ResolveEventHandler? handler;

        internal static bool IsResolverInstalled
        {
            get
            {
                lock (Gate)
                {
                    return handler != null;
                }
            }
        }

        public void OnImport()
        {
            if (!DependencyResolver.IsNeededOn(RuntimeInformation.FrameworkDescription))
            {
                return;
            }

            var directory = Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location);
            if (string.IsNullOrEmpty(directory))
            {
                return;
            }

            lock (Gate)
            {
                // Import-Module -Force runs OnImport again in the same process; one handler is enough.
                if (handler != null)
                {
                    return;
                }

                var resolver = new DependencyResolver(directory!, File.Exists);
                handler = (sender, args) => Load(resolver, args.Name);
                AppDomain.CurrentDomain.AssemblyResolve += handler;
            }
        }

        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            lock (Gate)
            {
                if (handler != null)
                {
                    AppDomain.CurrentDomain.AssemblyResolve -= handler;
                    handler = null;
                }
            }
        }

        private static Assembly? Load(DependencyResolver resolver, string requestedName)
        {
            var path = resolver.FindAssemblyPath(requestedName);
            return path == null ? null : Assembly.LoadFrom(path);
        }
    }
}
