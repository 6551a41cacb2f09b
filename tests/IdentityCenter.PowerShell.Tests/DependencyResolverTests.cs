using IdentityCenter.Core.Http;
using IdentityCenter.PowerShell.Loading;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.PowerShell.Tests;

[Collection(HttpPipelineCollection.Name)]
public class DependencyResolverTests
{
    private static readonly string ModuleFolder = Path.Combine(Path.GetTempPath(), "IdentityCenter", "0.1.0");

    private static readonly HashSet<string> Shipped = new[]
    {
        "System.Text.Json.dll", "System.Memory.dll", "Microsoft.Extensions.Http.dll", "Microsoft.Extensions.DependencyInjection.Abstractions.dll",
    }.Select(f => Path.Combine(ModuleFolder, f)).ToHashSet(StringComparer.Ordinal);

    private readonly List<string> probed = new();

    [Theory]
    [InlineData("System.Memory, Version=4.0.1.1, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51", "System.Memory.dll")]
    [InlineData("System.Memory, Version=99.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51", "System.Memory.dll")]
    [InlineData("System.Text.Json, Version=6.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51", "System.Text.Json.dll")]
    [InlineData("Microsoft.Extensions.DependencyInjection.Abstractions, Version=7.0.0.0", "Microsoft.Extensions.DependencyInjection.Abstractions.dll")]
    [InlineData("Microsoft.Extensions.Http", "Microsoft.Extensions.Http.dll")]
    public void A_shipped_dependency_is_answered_from_the_module_folder_whatever_version_is_asked(string requested, string file)
    {
        Assert.Equal(Path.Combine(ModuleFolder, file), Resolver().FindAssemblyPath(requested));
    }

    [Theory]
    [InlineData("System.Management.Automation, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35")]
    [InlineData("Newtonsoft.Json, Version=13.0.0.0")]
    public void An_assembly_the_module_does_not_ship_is_left_to_the_host(string requested)
    {
        Assert.Null(Resolver().FindAssemblyPath(requested));
        Assert.All(probed, p => Assert.StartsWith(ModuleFolder, p, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("System.Text.Json.resources, Version=8.0.0.0, Culture=de, PublicKeyToken=cc7b13ffcd2ddd51")]
    [InlineData("System.Text.Json, Version=8.0.0.0, Culture=de, PublicKeyToken=cc7b13ffcd2ddd51")]
    public void Satellite_resource_requests_are_not_answered(string requested)
    {
        Assert.Null(Resolver().FindAssemblyPath(requested));
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
        Assert.Null(Resolver().FindAssemblyPath(requested));
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
    public void Importing_on_modern_NET_installs_nothing_and_builds_no_HTTP_client()
    {
        var initializer = new ModuleInitializer();
        var pipelinesBefore = IdcHttpPipeline.BuildCount;

        initializer.OnImport();

        Assert.False(ModuleInitializer.IsResolverInstalled);
        Assert.Equal(pipelinesBefore, IdcHttpPipeline.BuildCount);
        initializer.OnRemove(null!);
        Assert.False(ModuleInitializer.IsResolverInstalled);
    }

    private DependencyResolver Resolver() => new(ModuleFolder, path =>
    {
        probed.Add(path);
        return Shipped.Contains(path);
    });
}
