using System;
using System.Reflection;

namespace IdentityCenter.PowerShell.Loading
{
    /// <summary>
    /// On PowerShell 7, hands the module's loading to the load context assembly, which puts Core and its dependencies
    /// into a private AssemblyLoadContext. This assembly is netstandard2.0, which has no AssemblyLoadContext and cannot
    /// derive from it through reflection either; the load context is a small net8.0 assembly, loaded from the
    /// dependencies folder and called through delegates made by reflection.
    /// </summary>
    internal static class LoadContextInstaller
    {
        public const string EntryTypeName = "IdentityCenter.PowerShell.LoadContext.ModuleLoadContext";
        public const string InstallMethodName = "Install";
        public const string UninstallMethodName = "Uninstall";

        /// <returns>The uninstall step, or null in a build output, which has no module layout to serve.</returns>
        /// <exception cref="InvalidOperationException">The load context assembly is not the one this assembly expects.</exception>
        public static Action? Install(ModuleLayout layout)
        {
            if (!layout.IsModuleLayout)
            {
                return null;
            }

            // LoadFrom puts it into the default context, beside this assembly; it references only the runtime.
            var entry = Assembly.LoadFrom(layout.LoadContextPath).GetType(EntryTypeName, throwOnError: false)
                ?? throw new InvalidOperationException(layout.LoadContextPath + " has no type " + EntryTypeName + "; the module folder is not from one build.");
            var install = (Action<string, string[]>)Delegate.CreateDelegate(typeof(Action<string, string[]>), entry, InstallMethodName);
            var uninstall = (Action)Delegate.CreateDelegate(typeof(Action), entry, UninstallMethodName);
            install(layout.DependencyFolder, ModuleLayout.BridgedAssemblies);
            return uninstall;
        }
    }
}
