using IdentityCenter.BuildTools.Manifest;

namespace IdentityCenter.BuildTools.Tests;

public class ChangelogTests
{
    private const string Text = "# Changelog\n\nIntro.\n\n## [Unreleased]\n\n- next\n\n## [1.1.0] - 2026-02-01\n\n### Fixed\n\n- a bug\n\n## 1.0.0\n\n- first\n";

    [Theory]
    [InlineData("1.1.0", "### Fixed\n\n- a bug")]
    [InlineData("1.0.0", "- first")]
    public void A_version_s_section_is_its_text_up_to_the_next_release(string version, string expected)
    {
        Assert.Equal(expected, Changelog.ReleaseNotes(Text, version));
    }

    [Fact]
    public void A_version_without_a_section_has_no_notes()
    {
        Assert.Null(Changelog.ReleaseNotes(Text, "2.0.0"));
        Assert.Null(Changelog.ReleaseNotes(Text, "1.1"));
    }

    [Fact]
    public void Windows_line_endings_read_the_same()
    {
        Assert.Equal("### Fixed\n\n- a bug", Changelog.ReleaseNotes(Text.Replace("\n", "\r\n"), "1.1.0"));
    }
}
