using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Reflection;

namespace IdentityCenter.PowerShell.Loading
{
    /// <summary>
    /// Keeps Core's public types reachable by name from PowerShell 7 scripts ([IdentityCenter.Core.Models.PermissionSet],
    /// -is, catch [IdentityCenter.Core.Errors.IdcServiceException], Should -BeOfType): PowerShell resolves type names only
    /// in assemblies of the default load context, deliberately not in custom ones. Each public type of an assembly the
    /// cmdlet assembly reaches across the boundary is added as a type accelerator under its full name, which is the name
    /// scripts used when Core was in the default context. The types stay registered after Remove-Module, as they stayed
    /// resolvable then too: the assemblies cannot be unloaded.
    /// </summary>
    internal static class TypeNameRegistration
    {
        private const string AcceleratorsTypeName = "System.Management.Automation.TypeAccelerators";

        /// <summary>The names to register: every public type's full name, with generic definitions left out.</summary>
        public static IEnumerable<KeyValuePair<string, Type>> NamesOf(IEnumerable<Type> exportedTypes)
        {
            foreach (var type in exportedTypes)
            {
                if (type.FullName != null && !type.IsGenericTypeDefinition)
                {
                    yield return new KeyValuePair<string, Type>(type.FullName, type);
                }
            }
        }

        /// <returns>How many names were registered.</returns>
        /// <exception cref="InvalidOperationException">This PowerShell has no type accelerator table to add to.</exception>
        public static int Register(IEnumerable<string> assemblyNames)
        {
            // The accelerator table is public in System.Management.Automation but left out of its reference assemblies.
            var accelerators = typeof(PSObject).Assembly.GetType(AcceleratorsTypeName, throwOnError: false);
            var add = accelerators?.GetMethod("Add", BindingFlags.Public | BindingFlags.Static, null, new[] { typeof(string), typeof(Type) }, null)
                ?? throw new InvalidOperationException("This PowerShell has no " + AcceleratorsTypeName + ".Add(string, Type); Core's types could not be made visible to scripts.");
            var register = (Action<string, Type>)Delegate.CreateDelegate(typeof(Action<string, Type>), add);

            var count = 0;
            foreach (var assemblyName in assemblyNames)
            {
                // Loading by name goes through the load context's bridge, as the cmdlet assembly's own reference does.
                foreach (var pair in NamesOf(Assembly.Load(new AssemblyName(assemblyName)).GetExportedTypes()))
                {
                    register(pair.Key, pair.Value);
                    count++;
                }
            }

            return count;
        }
    }
}
