using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;

namespace IdentityCenter.PowerShell.Loading
{
    /// <summary>
    /// Runs when the module is imported and removed. It is the initializer of the module's first nested module, not of
    /// the cmdlet assembly: PowerShell reads the cmdlet assembly's types before it runs that assembly's initializer, and
    /// those types already need Core. On PowerShell 7 it puts Core and its dependencies into the module's own load
    /// context (see <see cref="LoadContextInstaller"/>); on Windows PowerShell it lets the module's copies answer its
    /// own assemblies' requests (see <see cref="DependencyResolver"/>). No network, no HTTP client.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly object Gate = new object();
        private static ResolveEventHandler? handler;
        private static Action? uninstallLoadContext;

        internal static bool IsResolverInstalled
        {
            get
            {
                lock (Gate)
                {
                    return handler != null || uninstallLoadContext != null;
                }
            }
        }

        public void OnImport()
        {
            var directory = Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location);
            if (string.IsNullOrEmpty(directory))
            {
                return;
            }

            var layout = new ModuleLayout(directory!);
            lock (Gate)
            {
                // Import-Module -Force runs OnImport again in the same process; one installation is enough.
                if (handler != null || uninstallLoadContext != null)
                {
                    return;
                }

                if (!DependencyResolver.IsNeededOn(RuntimeInformation.FrameworkDescription))
                {
                    uninstallLoadContext = LoadContextInstaller.Install(layout);
                    if (uninstallLoadContext != null)
                    {
                        TypeNameRegistration.Register(ModuleLayout.BridgedAssemblies);
                    }

                    return;
                }

                var resolver = new DependencyResolver(layout, File.Exists);
                handler = (sender, args) => Load(resolver, args);
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

                uninstallLoadContext?.Invoke();
                uninstallLoadContext = null;
            }
        }

        private static Assembly? Load(DependencyResolver resolver, ResolveEventArgs args)
        {
            // A dynamic assembly has no location; it is not ours either.
            var requester = args.RequestingAssembly;
            var requesterPath = requester == null || requester.IsDynamic ? null : requester.Location;
            var path = resolver.FindAssemblyPath(args.Name, requesterPath);
            return path == null ? null : Assembly.LoadFrom(path);
        }
    }
}
