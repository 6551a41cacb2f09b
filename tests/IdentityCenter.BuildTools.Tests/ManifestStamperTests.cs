using IdentityCenter.BuildTools.Manifest;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.BuildTools.Tests;

/// <summary>The manifest a build ships: version, release notes from CHANGELOG.md, and addresses only when given.</summary>
public class ManifestStamperTests
{
    private const string Manifest = "@{\n    ModuleVersion = '0.0.0'\n    PrivateData = @{\n        PSData = @{\n            Tags = @('a')\n            ReleaseNotes = ''\n        }\n    }\n}\n";

    [Fact]
    public void The_version_and_release_notes_are_written_in_and_quotes_are_doubled()
    {
        var stamped = ManifestStamper.Stamp(Manifest, new ManifestStamp("1.2.3", "- Fixed the user's\n- Added more", null, null));

        Assert.Contains("    ModuleVersion = '1.2.3'", stamped);
        Assert.Contains("            ReleaseNotes = '- Fixed the user''s\n- Added more'", stamped);
        Assert.DoesNotContain("ProjectUri", stamped);
        Assert.DoesNotContain("LicenseUri", stamped);
    }

    [Fact]
    public void Addresses_are_written_beside_the_release_notes_only_when_given()
    {
        var stamped = ManifestStamper.Stamp(Manifest, new ManifestStamp("1.2.3", "notes", "https://project.test/idc", "https://project.test/idc/license"));

        Assert.Contains("            ProjectUri = 'https://project.test/idc'", stamped);
        Assert.Contains("            LicenseUri = 'https://project.test/idc/license'", stamped);
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("ftp://project.test/idc")]
    [InlineData("/relative/path")]
    public void An_address_that_is_not_a_web_address_is_refused(string uri)
    {
        Assert.Throws<ArgumentException>(() => ManifestStamper.Stamp(Manifest, new ManifestStamp("1.2.3", "n", uri, null)));
    }

    [Theory]
    [InlineData("1.2")]
    [InlineData("1.2.3-beta")]
    public void A_version_that_is_not_three_numbers_is_refused(string version)
    {
        Assert.Throws<ArgumentException>(() => ManifestStamper.Stamp(Manifest, new ManifestStamp(version, "n", null, null)));
    }

    [Fact]
    public void A_manifest_without_the_release_notes_line_is_refused_rather_than_shipped_half_stamped()
    {
        Assert.Throws<ArgumentException>(() => ManifestStamper.Stamp(Manifest.Replace("ReleaseNotes = ''", "ReleaseNotes = 'old'"), new ManifestStamp("1.2.3", "n", null, null)));
    }

    [Fact]
    public void Windows_line_endings_are_kept()
    {
        var stamped = ManifestStamper.Stamp(Manifest.Replace("\n", "\r\n"), new ManifestStamp("1.2.3", "a\nb", "https://project.test/", null));

        Assert.DoesNotContain("\n", stamped.Replace("\r\n", string.Empty));
    }

    [Fact]
    public void The_module_s_own_manifest_and_changelog_stamp_for_the_version_in_Directory_Build_props()
    {
        var version = System.Text.RegularExpressions.Regex.Match(RepositoryFiles.ReadText("Directory.Build.props"), @"<VersionPrefix>(?<v>[^<]+)</VersionPrefix>").Groups["v"].Value;
        var notes = Changelog.ReleaseNotes(RepositoryFiles.ReadText("CHANGELOG.md"), version);

        Assert.False(string.IsNullOrWhiteSpace(notes), "CHANGELOG.md has no section for " + version);
        var stamped = new ManifestText(ManifestStamper.Stamp(RepositoryFiles.ReadText("IdentityCenter.psd1"), new ManifestStamp(version, notes!, null, null)));
        Assert.Equal(version, stamped.Scalar("ModuleVersion"));
        Assert.Equal(0, stamped.CountLines(@"^\s*ReleaseNotes\s*=\s*''\s*$"));
        Assert.Equal(1, stamped.CountLines(@"^\s*ReleaseNotes\s*=\s*'### Added"));
    }
}
