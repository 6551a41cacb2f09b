using IdentityCenter.Core.Policy;
using IdentityCenter.Core.Validation;
using static IdentityCenter.Core.Tests.Policy.FindingAssert;

namespace IdentityCenter.Core.Tests.Policy;

public class SizeRuleTests
{
    [Fact]
    public void A_valid_document_of_exactly_the_quota_has_no_findings()
    {
        Clean(PolicyDocuments.OfficialExampleOfLength(Limits.PolicyQuota));
    }

    [Fact]
    public void A_valid_document_one_character_over_the_quota_gives_exactly_the_quota_warning()
    {
        var text = PolicyDocuments.OfficialExampleOfLength(6145);
        var finding = SingleWarning(text, PolicyFindingCodes.OverQuota, "$");
        Assert.Contains("6,145", finding.Message);
        Assert.Contains("6,144", finding.Message);
    }

    [Fact]
    public void A_document_of_exactly_the_api_maximum_is_still_only_over_the_quota()
    {
        SingleWarning(PolicyDocuments.OfficialExampleOfLength(Limits.PolicyMax), PolicyFindingCodes.OverQuota, "$");
    }

    [Fact]
    public void A_document_past_the_api_maximum_is_an_error_instead_of_a_warning()
    {
        var finding = SingleError(PolicyDocuments.OfficialExampleOfLength(Limits.PolicyMax + 1), PolicyFindingCodes.TooLong, "$");
        Assert.Contains("131,072", finding.Message);
    }

    [Fact]
    public void A_document_that_is_too_long_is_still_checked_for_grammar()
    {
        var text = PolicyDocuments.OfficialExampleOfLength(Limits.PolicyMax + 1).Replace("\"Deny\"", "\"deny\"");
        Assert.Equal(
            new[]
            {
                (PolicyFindingSeverity.Error, PolicyFindingCodes.TooLong, "$"),
                (PolicyFindingSeverity.Error, PolicyFindingCodes.EffectValue, "$.Statement[0].Effect"),
            },
            Summary(text));
    }

    [Fact]
    public void The_size_check_alone_is_silent_up_to_the_quota_and_names_both_sizes_past_it()
    {
        Assert.Empty(PolicyChecker.CheckSize(new string('x', Limits.PolicyQuota)));

        var finding = Assert.Single(PolicyChecker.CheckSize(new string('x', Limits.PolicyQuota + 1)));

        Assert.Equal((PolicyFindingSeverity.Warning, PolicyFindingCodes.OverQuota), (finding.Severity, finding.Code));
        Assert.Contains((Limits.PolicyQuota + 1).ToString("N0", System.Globalization.CultureInfo.InvariantCulture), finding.Message);
        Assert.Contains(Limits.PolicyQuota.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), finding.Message);
        Assert.Throws<ArgumentNullException>(() => PolicyChecker.CheckSize(null!));
    }
}
