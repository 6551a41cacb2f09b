using System.Management.Automation;
using System.Reflection;
using System.Runtime.Versioning;
using System.Xml.Linq;
using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.LoadContext;
using IdentityCenter.PowerShell.Loading;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.PowerShell.Tests;

public class PackagingTests
{
    [Fact]
    public void The_PowerShell_reference_assembly_is_compile_only_and_never_published_into_the_module()
    {
        var project = XDocument.Load(RepositoryFiles.PathOf("src", "IdentityCenter.PowerShell", "IdentityCenter.PowerShell.csproj"));

        var reference = project.Descendants("PackageReference").Single(e => (string?)e.Attribute("Include") == "PowerShellStandard.Library");

        Assert.Equal("all", (string?)reference.Attribute("PrivateAssets"));
        Assert.Contains("runtime", ((string?)reference.Attribute("ExcludeAssets") ?? string.Empty).Split(';'));
    }

    [Fact]
    public void The_format_file_is_copied_on_build_and_publish()
    {
        var project = XDocument.Load(RepositoryFiles.PathOf("src", "IdentityCenter.PowerShell", "IdentityCenter.PowerShell.csproj"));

        var item = project.Descendants().Single(e => (string?)e.Attribute("Update") == "IdentityCenter.Format.ps1xml");

        Assert.NotNull(item.Attribute("CopyToOutputDirectory"));
        Assert.NotNull(item.Attribute("CopyToPublishDirectory"));
    }

    [Fact]
    public void The_public_surface_is_the_cmdlets_their_bases_attributes_completers_and_output_types()
    {
        var publicTypes = typeof(IdcCmdlet).Assembly.GetExportedTypes().Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal);

        Assert.Equal(
            new[]
            {
                "AccountAssignmentCmdlet", "AddIdcManagedPolicyCommand", "AddIdcPermissionSetTagCommand",
                "ConnectIdcServiceCommand", "DisconnectIdcServiceCommand", "GetIdcAccountAssignmentCommand",
                "GetIdcAccountAssignmentRequestCommand", "GetIdcContextCommand", "GetIdcCustomPolicyCommand",
                "GetIdcInstanceCommand", "GetIdcManagedPolicyCommand", "GetIdcPermissionSetCommand",
                "GetIdcPermissionSetProvisioningRequestCommand", "GetIdcPermissionSetTagCommand",
                "GetIdcProvisionedPermissionSetCommand", "IdcAsyncCmdlet", "IdcBatchCmdlet", "IdcCmdlet", "IdcContext",
                "IdcCredentialCmdlet", "IdcRemovalCmdlet", "InstallIdcPermissionSetCommand", "InstanceIdCompleter",
                "NewIdcAccountAssignmentCommand", "NewIdcPermissionSetCommand", "PermissionSetConflictException",
                "PolicyCheckFinding", "PolicyTransformationAttribute", "RemoveIdcAccountAssignmentCommand",
                "RemoveIdcCustomPolicyCommand", "RemoveIdcManagedPolicyCommand", "RemoveIdcPermissionSetCommand",
                "RemoveIdcPermissionSetTagCommand", "SessionDurationCompleter",
                "SessionDurationTransformationAttribute", "SetIdcCustomPolicyCommand", "SetIdcPermissionSetCommand",
                "TagTransformationAttribute", "TestIdcPolicyCommand", "TimeoutTransformationAttribute",
                "ValidateSessionDurationAttribute", "ValidateTagAttribute",
            },
            publicTypes);
    }

    [Fact]
    public void Publishing_the_module_writes_its_help_from_the_help_source_with_the_SDK_only_tool()
    {
        var project = XDocument.Load(RepositoryFiles.PathOf("src", "IdentityCenter.PowerShell", "IdentityCenter.PowerShell.csproj"));

        var target = project.Descendants("Target").Single(t => (string?)t.Attribute("Name") == "GenerateModuleHelp");
        var command = (string?)target.Element("Exec")!.Attribute("Command") ?? string.Empty;

        Assert.Equal("Publish", (string?)target.Attribute("AfterTargets"));
        Assert.Contains("IdentityCenter.BuildTools", project.ToString());
        Assert.Contains("help --source", command);
        Assert.Contains("$(PublishDir)", command);
        Assert.Contains("$(TargetFileName)", command);
        Assert.True(Directory.Exists(RepositoryFiles.PathOf("docs", "help")));
    }

    [Fact]
    public void The_module_initializer_runs_on_import_and_on_removal()
    {
        Assert.True(typeof(IModuleAssemblyInitializer).IsAssignableFrom(typeof(ModuleInitializer)));
        Assert.True(typeof(IModuleAssemblyCleanup).IsAssignableFrom(typeof(ModuleInitializer)));
        Assert.NotNull(typeof(ModuleInitializer).GetConstructor(Type.EmptyTypes));
    }

    [Fact]
    public void The_loading_nested_module_shows_only_its_initializer_and_needs_nothing_but_PowerShell()
    {
        var loading = typeof(ModuleInitializer).Assembly;

        // PowerShell reads this assembly's types before the load context exists: none may need Core or a dependency.
        Assert.Equal(new[] { nameof(ModuleInitializer) }, loading.GetExportedTypes().Select(t => t.Name));
        Assert.All(loading.GetReferencedAssemblies(), r => Assert.Contains(r.Name, new[] { "netstandard", "System.Management.Automation" }));
    }

    [Fact]
    public void The_cmdlet_assembly_crosses_into_the_load_context_only_through_the_bridged_assemblies()
    {
        var references = typeof(IdcCmdlet).Assembly.GetReferencedAssemblies();
        var host = HostAssemblies.OfThisProcess();

        Assert.Equal(ModuleLayout.BridgedAssemblies, references.Select(r => r.Name!).Where(n => n.StartsWith("IdentityCenter.", StringComparison.Ordinal)));
        Assert.DoesNotContain(references, r => r.Name!.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal));
        // Everything else comes from the host, which carries it, at no more than PowerShell 7.4's 8.0.
        foreach (var reference in references.Where(r => !r.Name!.StartsWith("IdentityCenter.", StringComparison.Ordinal) && r.Name != "System.Management.Automation"))
        {
            Assert.True(host.VersionOf(reference.Name!) >= reference.Version, reference.FullName + " is not carried by the host");
            Assert.True(reference.Version <= new Version(8, 0, 0, 0), reference.FullName + " asks for more than PowerShell 7.4 carries");
        }
    }

    [Fact]
    public void The_load_context_entry_point_is_where_the_loading_assembly_looks_for_it()
    {
        var entry = typeof(ModuleLoadContext);

        Assert.Equal(ModuleLayout.LoadContextAssemblyName, entry.Assembly.GetName().Name);
        Assert.Equal(LoadContextInstaller.EntryTypeName, entry.FullName);
        Assert.NotNull(Delegate.CreateDelegate(typeof(Action<string, string[]>), entry, LoadContextInstaller.InstallMethodName, ignoreCase: false, throwOnBindFailure: false));
        Assert.NotNull(Delegate.CreateDelegate(typeof(Action), entry, LoadContextInstaller.UninstallMethodName, ignoreCase: false, throwOnBindFailure: false));
    }

    [Fact]
    public void The_load_context_targets_PowerShell_7_4_and_asks_for_no_framework_assembly_above_8()
    {
        var assembly = typeof(ModuleLoadContext).Assembly;

        Assert.Equal(".NETCoreApp,Version=v8.0", assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName);
        Assert.All(assembly.GetReferencedAssemblies(), r => Assert.True(r.Version <= new Version(8, 0, 0, 0), r.FullName));
    }

    [Fact]
    public void Publishing_puts_every_assembly_but_the_cmdlet_assembly_into_the_folder_the_loading_reads()
    {
        var project = XDocument.Load(RepositoryFiles.PathOf("src", "IdentityCenter.PowerShell", "IdentityCenter.PowerShell.csproj"));

        var folder = project.Descendants("ModuleDependencyFolder").Single().Value;
        var target = project.Descendants("Target").Single(t => (string?)t.Attribute("Name") == "LayOutModuleDependencies");

        Assert.Equal(ModuleLayout.DependencyFolderName, folder);
        Assert.Equal("ComputeResolvedFilesToPublishList", (string?)target.Attribute("AfterTargets"));
        Assert.Contains("'%(Filename)' != '$(TargetName)'", target.ToString());
        Assert.Contains(project.Descendants("ProjectReference"), r => ((string?)r.Attribute("Include"))!.EndsWith("IdentityCenter.PowerShell.LoadContext.csproj", StringComparison.Ordinal)
            && (string?)r.Attribute("ReferenceOutputAssembly") == "false");
    }

    [Fact]
    public void The_build_script_offers_the_four_tasks_defaults_to_a_release_build_and_takes_the_pinned_Pester()
    {
        var script = RepositoryFiles.ReadText("build.ps1");

        Assert.Contains("[ValidateSet('Build', 'Test', 'Package', 'Demo')]", script);
        Assert.Contains("[string] $Task = 'Build'", script);
        Assert.Contains("[string] $Configuration = 'Release'", script);
        // Pester comes from NuGet at the one pinned version, never from the PowerShell Gallery.
        Assert.Contains("PesterVersion", script);
        Assert.DoesNotContain("Install-Module", script);
    }

    [Fact]
    public void Packaging_stamps_release_notes_takes_addresses_as_parameters_and_publishes_to_a_local_repository()
    {
        var script = RepositoryFiles.ReadText("build.ps1");

        Assert.Contains("[string] $ProjectUri", script);
        Assert.Contains("[string] $LicenseUri", script);
        Assert.Contains("--require-release-notes", script);
        Assert.Contains("CHANGELOG.md", script);
        Assert.Contains("Microsoft.PowerShell.PSResourceGet", script);
        Assert.Contains("Register-PSResourceRepository", script);
        Assert.Contains("Publish-PSResource", script);
        Assert.Contains("Unregister-PSResourceRepository", script);
    }
}
