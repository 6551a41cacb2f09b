using System.Text.RegularExpressions;
using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.Loading;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.PowerShell.Tests;

public class ManifestTests
{
    private static readonly ManifestText Manifest = new(RepositoryFiles.ReadText("IdentityCenter.psd1"));

    [Fact]
    public void CmdletsToExport_lists_exactly_the_cmdlets_the_assembly_holds()
    {
        var exported = Manifest.List("CmdletsToExport");

        Assert.NotNull(exported);
        Assert.Equal(ModuleCmdlets.Names(), exported!.OrderBy(n => n, StringComparer.Ordinal));
        Assert.DoesNotContain(exported, n => n.Contains('*'));
    }

    [Theory]
    [InlineData("FunctionsToExport")]
    [InlineData("AliasesToExport")]
    [InlineData("VariablesToExport")]
    public void Nothing_else_is_exported(string key)
    {
        Assert.Equal(Array.Empty<string>(), Manifest.List(key));
    }

    [Fact]
    public void The_root_module_is_the_cmdlet_assembly()
    {
        Assert.Equal(typeof(IdcCmdlet).Assembly.GetName().Name + ".dll", Manifest.Scalar("RootModule"));
    }

    [Fact]
    public void The_only_nested_module_is_the_loading_assembly_in_the_dependencies_folder()
    {
        // Imported before the root module, so Core can be found when PowerShell reads the cmdlet assembly's types.
        var expected = ModuleLayout.DependencyFolderName + "/" + typeof(ModuleInitializer).Assembly.GetName().Name + ".dll";

        Assert.Equal(new[] { expected }, Manifest.List("NestedModules"));
    }

    [Fact]
    public void Both_editions_from_Windows_PowerShell_5_1_are_supported()
    {
        Assert.Equal(new[] { "Desktop", "Core" }, Manifest.List("CompatiblePSEditions"));
        Assert.Equal("5.1", Manifest.Scalar("PowerShellVersion"));
    }

    [Fact]
    public void The_format_file_it_names_exists_in_the_project_and_in_the_build_output()
    {
        var formats = Manifest.List("FormatsToProcess");

        var format = Assert.Single(formats!);
        Assert.True(File.Exists(RepositoryFiles.PathOf("src", "IdentityCenter.PowerShell", format)), format + " in the project");
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(typeof(IdcCmdlet).Assembly.Location)!, format)), format + " beside the assembly");
    }

    [Fact]
    public void The_GUID_is_fixed_and_well_formed()
    {
        Assert.True(Guid.TryParse(Manifest.Scalar("GUID"), out var guid));
        Assert.NotEqual(Guid.Empty, guid);
    }

    [Fact]
    public void The_version_is_a_plain_three_part_number_on_one_line_the_build_can_stamp()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+$", Manifest.Scalar("ModuleVersion"));
        Assert.Equal(1, Manifest.CountLines(@"^\s*ModuleVersion\s*=\s*'[^']*'"));
    }

    [Fact]
    public void The_build_reads_the_version_from_the_one_source()
    {
        var props = RepositoryFiles.ReadText("Directory.Build.props");

        Assert.Matches(@"<VersionPrefix>\d+\.\d+\.\d+</VersionPrefix>", props);
        Assert.Contains("VersionPrefix", RepositoryFiles.ReadText("build.ps1"));
    }

    [Fact]
    public void A_description_is_given()
    {
        Assert.False(string.IsNullOrWhiteSpace(Manifest.Scalar("Description")));
    }

    [Fact]
    public void Gallery_metadata_has_tags_and_a_release_notes_line_the_build_stamps()
    {
        var tags = Manifest.List("Tags");

        Assert.NotNull(tags);
        Assert.Contains("PSEdition_Desktop", tags!);
        Assert.Contains("PSEdition_Core", tags!);
        Assert.All(tags!, t => Assert.DoesNotContain(' ', t));
        Assert.Equal(1, Manifest.CountLines(@"^\s*ReleaseNotes\s*=\s*''\s*$"));
    }

    [Fact]
    public void No_project_or_license_address_is_in_the_source_manifest()
    {
        // The project has no public address yet; a build given one stamps it (see ManifestStamperTests).
        Assert.Null(Manifest.Scalar("ProjectUri"));
        Assert.Null(Manifest.Scalar("LicenseUri"));
    }

    [Fact]
    public void No_made_up_project_address_is_published()
    {
        var text = RepositoryFiles.ReadText("IdentityCenter.psd1");

        Assert.DoesNotMatch(new Regex("ProjectUri\\s*=\\s*'https?://(www\\.)?example\\."), text);
    }
}
