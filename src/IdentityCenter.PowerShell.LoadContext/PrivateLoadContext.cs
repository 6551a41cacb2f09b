using System.Reflection;
using System.Runtime.Loader;

namespace IdentityCenter.PowerShell.LoadContext
{
    /// <summary>
    /// The module's own load context: Core and every dependency the host does not carry load here, beside whatever
    /// copies other modules put into PowerShell's default context. Its <see cref="Load"/> is asked first for every
    /// request made from inside it, so a copy another module loaded earlier is never handed to Core (a plain context
    /// would hear of a request only after the default context had failed it). Not collectible: the cmdlet assembly in the
    /// default context holds Core's types, and a collectible assembly cannot be referenced from there.
    /// </summary>
    internal sealed class PrivateLoadContext : AssemblyLoadContext
    {
        private readonly DependencyChoice choice;

        public PrivateLoadContext(string name, DependencyChoice choice)
            : base(name, isCollectible: false)
        {
            this.choice = choice;
        }

        public DependencyChoice Choice => choice;

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = choice.ModuleCopyFor(assemblyName);
            return path == null ? null : LoadFromAssemblyPath(path);
        }
    }
}
