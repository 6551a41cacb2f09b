using System.Management.Automation;
using System.Xml.Linq;
using IdentityCenter.PowerShell.Commands;
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
    public void The_public_surface_is_the_cmdlets_their_bases_attributes_completers_output_types_and_the_module_initializer()
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
                "GetIdcProvisionedPermissionSetCommand", "IdcAsyncCmdlet", "IdcCmdlet", "IdcContext",
                "IdcCredentialCmdlet", "IdcRemovalCmdlet", "InstallIdcPermissionSetCommand", "InstanceIdCompleter",
                "ModuleInitializer", "NewIdcAccountAssignmentCommand", "NewIdcPermissionSetCommand",
                "PermissionSetConflictException", "PolicyCheckFinding", "PolicyTransformationAttribute",
                "RemoveIdcAccountAssignmentCommand", "RemoveIdcCustomPolicyCommand", "RemoveIdcManagedPolicyCommand",
                "RemoveIdcPermissionSetCommand", "RemoveIdcPermissionSetTagCommand", "SessionDurationCompleter",
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
