using IdentityCenter.Core.Validation;
using IdentityCenter.PowerShell.Policies;

namespace IdentityCenter.PowerShell.Tests;

public class PolicySourceTests
{
    private const string Policy = "{\"Version\":\"5.0\",\"Statement\":[]}";

    private static string NoRead(string path) => throw new Xunit.Sdk.XunitException("the file should not be read");

    private static long? NoFile(string path) => null;

    [Fact]
    public void A_policy_given_as_a_value_is_used_and_named_as_such()
    {
        var text = PolicySource.Load(Policy, null, NoRead, NoFile);

        Assert.Equal(Policy, text.Text);
        Assert.Equal(PolicyText.FromParameter, text.Source);
    }

    [Fact]
    public void A_policy_file_is_read_and_named_by_its_path()
    {
        var text = PolicySource.Load(null, "/policies/a.json", _ => Policy, _ => Policy.Length);

        Assert.Equal(Policy, text.Text);
        Assert.Equal("/policies/a.json", text.Source);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "")]
    [InlineData("", null)]
    public void Neither_given_is_refused_naming_both_parameters(string? policy, string? path)
    {
        var failure = Assert.Throws<PolicyInputException>(() => PolicySource.Load(policy, path, NoRead, NoFile));

        Assert.Equal(PolicyInputProblem.Missing, failure.Problem);
        Assert.Contains("-Policy", failure.Message);
        Assert.Contains("-PolicyPath", failure.Message);
    }

    [Fact]
    public void Both_given_is_refused()
    {
        var failure = Assert.Throws<PolicyInputException>(() => PolicySource.Load(Policy, "/policies/a.json", NoRead, NoFile));

        Assert.Equal(PolicyInputProblem.Both, failure.Problem);
    }

    [Fact]
    public void A_blank_CSV_cell_for_one_of_them_counts_as_not_given()
    {
        Assert.Equal(Policy, PolicySource.Load(string.Empty, "/p.json", _ => Policy, _ => 10).Text);
        Assert.Equal(Policy, PolicySource.Load(Policy, string.Empty, NoRead, NoFile).Text);
    }

    [Fact]
    public void A_missing_file_is_refused_naming_it()
    {
        var failure = Assert.Throws<PolicyInputException>(() => PolicySource.Load(null, "/policies/missing.json", NoRead, NoFile));

        Assert.Equal(PolicyInputProblem.FileNotFound, failure.Problem);
        Assert.Equal("/policies/missing.json", failure.Path);
        Assert.Contains("/policies/missing.json", failure.Message);
    }

    [Fact]
    public void A_file_too_large_to_hold_any_acceptable_policy_is_refused_without_reading_it()
    {
        var failure = Assert.Throws<PolicyInputException>(() => PolicySource.Load(null, "/big.json", NoRead, _ => PolicySource.MaxFileBytes + 1));

        Assert.Equal(PolicyInputProblem.FileTooLarge, failure.Problem);
        Assert.Contains(Limits.PolicyMax.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), failure.Message);
    }

    [Fact]
    public void The_size_limit_lets_through_a_policy_of_the_largest_length_in_any_encoding()
    {
        Assert.True(PolicySource.MaxFileBytes >= (long)Limits.PolicyMax * 4);
    }

    [Theory]
    [InlineData(typeof(IOException))]
    [InlineData(typeof(UnauthorizedAccessException))]
    public void A_file_that_cannot_be_read_is_refused_with_the_reason(Type exception)
    {
        var failure = Assert.Throws<PolicyInputException>(() =>
            PolicySource.Load(null, "/locked.json", _ => throw (Exception)Activator.CreateInstance(exception, "locked by another program")!, _ => 10));

        Assert.Equal(PolicyInputProblem.FileUnreadable, failure.Problem);
        Assert.Contains("locked by another program", failure.Message);
        Assert.IsType(exception, failure.InnerException);
    }

    [Fact]
    public void A_real_file_is_read_with_its_encoding_and_measured()
    {
        var path = Path.Combine(Path.GetTempPath(), "idc-policy-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, Policy, new System.Text.UTF8Encoding(true));
        try
        {
            Assert.Equal(new FileInfo(path).Length, PolicySource.FileLength(path));
            Assert.Equal(Policy, PolicySource.Load(null, path, File.ReadAllText, PolicySource.FileLength).Text);
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Null(PolicySource.FileLength(path));
    }
}
