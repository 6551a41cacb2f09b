using System.Reflection;
using System.Runtime.Loader;
using IdentityCenter.PowerShell.LoadContext;

namespace IdentityCenter.PowerShell.Tests;

/// <summary>
/// The module's private load context: which copy answers a request from inside it, and that it really loads the
/// module's copy of a dependency beside the one the default context holds while taking the host's framework assemblies.
/// </summary>
public sealed class LoadContextTests : IDisposable
{
    private const string Abstractions = "Microsoft.Extensions.DependencyInjection.Abstractions";
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "IdentityCenter", "0.1.0", "dependencies");

    private readonly string scratch = Directory.CreateTempSubdirectory("idc-load-context-").FullName;
    private readonly HashSet<string> shipped = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Version> host = new(StringComparer.OrdinalIgnoreCase);

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    [Fact]
    public void A_dependency_the_host_does_not_carry_is_the_module_copy()
    {
        Ship(Abstractions);

        Assert.Equal(Path.Combine(Folder, Abstractions + ".dll"), Choice().ModuleCopyFor(new AssemblyName(Abstractions + ", Version=7.0.0.0")));
    }

    [Theory]
    [InlineData("8.0.0.0", "8.0.0.0")]
    [InlineData("8.0.0.0", "10.0.0.0")]
    [InlineData("4.0.1.2", "10.0.0.0")]
    public void An_assembly_the_host_carries_at_the_version_asked_or_above_is_the_host_copy(string asked, string carried)
    {
        Ship("System.Text.Json");
        host["System.Text.Json"] = Version.Parse(carried);

        Assert.Null(Choice().ModuleCopyFor(new AssemblyName("System.Text.Json, Version=" + asked)));
    }

    [Fact]
    public void An_older_host_copy_does_not_stand_in_for_the_version_asked()
    {
        Ship("System.Text.Json");
        host["System.Text.Json"] = new Version(6, 0, 0, 0);

        Assert.Equal(Path.Combine(Folder, "System.Text.Json.dll"), Choice().ModuleCopyFor(new AssemblyName("System.Text.Json, Version=8.0.0.0")));
    }

    [Theory]
    [InlineData("netstandard, Version=2.0.0.0")]
    [InlineData("System.Runtime")]
    [InlineData("Newtonsoft.Json, Version=13.0.0.0")]
    public void What_the_module_does_not_ship_is_left_to_the_default_context(string requested)
    {
        Assert.Null(Choice().ModuleCopyFor(new AssemblyName(requested)));
    }

    [Theory]
    [InlineData(Abstractions + ".resources, Version=7.0.0.0, Culture=neutral")]
    [InlineData(Abstractions + ", Version=7.0.0.0, Culture=de")]
    public void Satellite_requests_are_never_served_from_the_folder(string requested)
    {
        Ship(Abstractions);
        Ship(Abstractions + ".resources");

        Assert.Null(Choice().ModuleCopyFor(new AssemblyName(requested)));
    }

    [Fact]
    public void The_host_list_gives_the_version_of_the_file_it_names_and_nothing_for_other_names()
    {
        var real = typeof(System.Text.Json.JsonSerializer).Assembly.Location;
        var broken = Path.Combine(scratch, "Broken.dll");
        File.WriteAllText(broken, "not an assembly");

        var hostList = new HostAssemblies(string.Join(Path.PathSeparator, real, broken, Path.Combine(scratch, "notes.txt")));

        Assert.Equal(AssemblyName.GetAssemblyName(real).Version, hostList.VersionOf("System.Text.Json"));
        Assert.Null(hostList.VersionOf("Broken"));
        Assert.Null(hostList.VersionOf("notes"));
        Assert.Null(hostList.VersionOf(Abstractions));
        Assert.Null(new HostAssemblies(null).VersionOf("System.Text.Json"));
    }

    [Fact]
    public void This_process_host_list_is_the_runtime_list_of_trusted_assemblies()
    {
        var hostList = HostAssemblies.OfThisProcess();

        Assert.Equal(typeof(System.Text.Json.JsonSerializer).Assembly.GetName().Version, hostList.VersionOf("System.Text.Json"));
        Assert.NotNull(hostList.VersionOf("System.Memory"));
        Assert.Null(hostList.VersionOf("IdentityCenter.NotShipped"));
    }

    [Fact]
    public void The_context_loads_its_own_copy_beside_the_default_one_and_takes_the_framework_from_the_host()
    {
        var defaultAssembly = AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(Abstractions));
        File.Copy(defaultAssembly.Location, Path.Combine(scratch, Abstractions + ".dll"));
        File.Copy(typeof(System.Text.Json.JsonSerializer).Assembly.Location, Path.Combine(scratch, "System.Text.Json.dll"));
        // A host like PowerShell: it carries the framework and no Microsoft.Extensions (this test process carries both).
        var framework = typeof(System.Text.Json.JsonSerializer).Assembly.GetName();
        var context = new PrivateLoadContext("IdentityCenter test", new DependencyChoice(scratch, File.Exists, name => name == framework.Name ? framework.Version : null));

        var own = context.LoadFromAssemblyName(new AssemblyName(Abstractions));
        var json = context.LoadFromAssemblyName(new AssemblyName("System.Text.Json"));

        Assert.Same(context, AssemblyLoadContext.GetLoadContext(own));
        Assert.NotSame(defaultAssembly, own);
        Assert.Equal(Path.Combine(scratch, Abstractions + ".dll"), own.Location);
        Assert.Same(typeof(System.Text.Json.JsonSerializer).Assembly, json);
        Assert.Equal("IdentityCenter test", context.Name);
    }

    [Fact]
    public void Installing_bridges_the_default_context_until_uninstalled_and_twice_is_once()
    {
        try
        {
            ModuleLoadContext.Install(scratch, new[] { "IdentityCenter.Core" });
            ModuleLoadContext.Install(scratch, new[] { "IdentityCenter.Core" });
            Assert.True(ModuleLoadContext.IsInstalled);

            // A name outside the bridged list is never answered, so this fails as it would without the module.
            Assert.Throws<FileNotFoundException>(() => AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName("IdentityCenter.NotShipped")));
        }
        finally
        {
            ModuleLoadContext.Uninstall();
        }

        Assert.False(ModuleLoadContext.IsInstalled);
        Assert.Equal("IdentityCenter", ModuleLoadContext.Name);
    }

    private DependencyChoice Choice() => new(Folder, shipped.Contains, name => host.TryGetValue(name, out var v) ? v : null);

    private void Ship(string simpleName) => shipped.Add(Path.Combine(Folder, simpleName + ".dll"));
}
