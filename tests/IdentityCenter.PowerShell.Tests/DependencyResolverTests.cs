using IdentityCenter.Core.Http;
using IdentityCenter.PowerShell.Loading;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.PowerShell.Tests;

[Collection(HttpPipelineCollection.Name)]
public class DependencyResolverTests
{
    private static readonly string ModuleFolder = Path.Combine(Path.GetTempPath(), "IdentityCenter", "0.1.0");
    private static readonly string DependencyFolder = Path.Combine(ModuleFolder, ModuleLayout.DependencyFolderName);
    private static readonly string CmdletAssembly = Path.Combine(ModuleFolder, "IdentityCenter.PowerShell.dll");
    private static readonly string CoreAssembly = Path.Combine(DependencyFolder, "IdentityCenter.Core.dll");

    private static readonly HashSet<string> Shipped = new[]
    {
        "System.Text.Json.dll", "System.Memory.dll", "Microsoft.Extensions.Http.dll", "Microsoft.Extensions.DependencyInjection.Abstractions.dll",
    }.Select(f => Path.Combine(DependencyFolder, f)).ToHashSet(StringComparer.Ordinal);

    private readonly List<string> probed = new();

    [Theory]
    [InlineData("System.Memory, Version=4.0.1.1, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51", "System.Memory.dll")]
    [InlineData("System.Memory, Version=99.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51", "System.Memory.dll")]
    [InlineData("System.Text.Json, Version=6.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51", "System.Text.Json.dll")]
    [InlineData("Microsoft.Extensions.DependencyInjection.Abstractions, Version=7.0.0.0", "Microsoft.Extensions.DependencyInjection.Abstractions.dll")]
    [InlineData("Microsoft.Extensions.Http", "Microsoft.Extensions.Http.dll")]
    public void A_shipped_dependency_is_answered_from_the_dependencies_folder_whatever_version_is_asked(string requested, string file)
    {
        Assert.Equal(Path.Combine(DependencyFolder, file), Resolver().FindAssemblyPath(requested, CoreAssembly));
    }

    [Fact]
    public void The_cmdlet_assembly_in_the_module_folder_is_served_too()
    {
        Assert.Equal(Path.Combine(DependencyFolder, "System.Text.Json.dll"), Resolver().FindAssemblyPath("System.Text.Json, Version=8.0.0.0", CmdletAssembly));
    }

    [Theory]
    [InlineData("/opt/OtherModule/1.0/OtherModule.dll")]
    [InlineData("/tmp/IdentityCenter/0.1.0-other/Other.dll")]
    [InlineData(null)]
    [InlineData("")]
    public void A_request_from_an_assembly_outside_the_module_folder_or_from_nowhere_known_is_not_served(string? requester)
    {
        var outside = requester?.Replace("/tmp/", Path.GetTempPath(), StringComparison.Ordinal);

        Assert.Null(Resolver().FindAssemblyPath("Microsoft.Extensions.DependencyInjection.Abstractions, Version=9.0.0.0", outside));
        Assert.Empty(probed);
    }

    [Theory]
    [InlineData("System.Management.Automation, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35")]
    [InlineData("Newtonsoft.Json, Version=13.0.0.0")]
    public void An_assembly_the_module_does_not_ship_is_left_to_the_host(string requested)
    {
        Assert.Null(Resolver().FindAssemblyPath(requested, CoreAssembly));
        Assert.All(probed, p => Assert.StartsWith(DependencyFolder, p, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("System.Text.Json.resources, Version=8.0.0.0, Culture=de, PublicKeyToken=cc7b13ffcd2ddd51")]
    [InlineData("System.Text.Json, Version=8.0.0.0, Culture=de, PublicKeyToken=cc7b13ffcd2ddd51")]
    public void Satellite_resource_requests_are_not_answered(string requested)
    {
        Assert.Null(Resolver().FindAssemblyPath(requested, CoreAssembly));
        Assert.Empty(probed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(", Version=1.0.0.0")]
    [InlineData("..")]
    [InlineData("sub/System.Memory")]
    [InlineData("..\\System.Memory")]
    public void Malformed_or_path_like_names_are_never_looked_up(string? requested)
    {
        Assert.Null(Resolver().FindAssemblyPath(requested, CoreAssembly));
        Assert.Empty(probed);
    }

    [Theory]
    [InlineData(".NET Framework 4.8.9032.0", true)]
    [InlineData(".NET Framework 4.7.2", true)]
    [InlineData(".NET 8.0.11", false)]
    [InlineData(".NET 10.0.0", false)]
    [InlineData(".NET Core 3.1.32", false)]
    public void Only_Windows_PowerShell_on_the_NET_Framework_needs_the_resolver(string framework, bool needed)
    {
        Assert.Equal(needed, DependencyResolver.IsNeededOn(framework));
    }

    [Fact]
    public void The_layout_is_read_from_the_folder_of_the_loading_assembly()
    {
        var layout = new ModuleLayout(DependencyFolder);

        Assert.True(layout.IsModuleLayout);
        Assert.Equal(ModuleFolder, layout.ModuleFolder);
        Assert.Equal(Path.Combine(DependencyFolder, "IdentityCenter.PowerShell.LoadContext.dll"), layout.LoadContextPath);
        Assert.False(new ModuleLayout(AppContext.BaseDirectory).IsModuleLayout);
    }

    [Fact]
    public void Importing_from_a_build_output_installs_nothing_and_builds_no_HTTP_client()
    {
        // The test's bin folder holds everything side by side, as a build output does, not the module's layout.
        var initializer = new ModuleInitializer();
        var pipelinesBefore = IdcHttpPipeline.BuildCount;

        initializer.OnImport();

        Assert.False(ModuleInitializer.IsResolverInstalled);
        Assert.Equal(pipelinesBefore, IdcHttpPipeline.BuildCount);
        initializer.OnRemove(null!);
        Assert.False(ModuleInitializer.IsResolverInstalled);
    }

    private DependencyResolver Resolver() => new(new ModuleLayout(DependencyFolder), path =>
    {
        probed.Add(path);
        return Shipped.Contains(path);
    });
}
