using IdentityCenter.Core.Policy;
using IdentityCenter.Core.Validation;
using IdentityCenter.PowerShell.Policies;

namespace IdentityCenter.PowerShell.Tests;

/// <summary>Set-IdcCustomPolicy's check before sending, and -SkipPolicyValidation.</summary>
public class PolicyGateTests
{
    private const string Clean = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"obs:bucket:listBucket\"]}]}";
    private const string TwoErrors = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"allow\",\"Action\":[\"obs:bucket\"]}]}";
    private const string UnknownKey = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"obs:bucket:listBucket\"],\"Colour\":\"blue\"}]}";

    [Fact]
    public void A_clean_policy_is_sent_without_a_word()
    {
        var verdict = PolicyGate.Judge(Clean, skipValidation: false);

        Assert.False(verdict.IsRefused);
        Assert.Empty(verdict.Warnings);
    }

    [Fact]
    public void A_policy_with_errors_is_refused_with_each_error_and_its_path()
    {
        var verdict = PolicyGate.Judge(TwoErrors, skipValidation: false);

        Assert.True(verdict.IsRefused);
        Assert.Equal(new[] { "$.Statement[0].Effect", "$.Statement[0].Action[0]" }, verdict.Errors.Select(e => e.Path));
        Assert.All(verdict.Errors, e => Assert.Equal(PolicyFindingSeverity.Error, e.Severity));
    }

    [Fact]
    public void Warnings_are_written_and_the_policy_still_goes()
    {
        var verdict = PolicyGate.Judge(UnknownKey, skipValidation: false);

        Assert.False(verdict.IsRefused);
        var warning = Assert.Single(verdict.Warnings);
        Assert.Contains("$.Statement[0].Colour", warning);
        Assert.Contains(PolicyFindingCodes.UnknownKey, warning);
    }

    [Fact]
    public void A_policy_over_the_product_quota_is_warned_about_and_still_sent()
    {
        var verdict = PolicyGate.Judge(Padded(Limits.PolicyQuota + 1), skipValidation: false);

        Assert.False(verdict.IsRefused);
        Assert.Contains(verdict.Warnings, w => w.Contains(PolicyFindingCodes.OverQuota));
    }

    [Fact]
    public void A_policy_over_the_API_limit_is_refused()
    {
        var verdict = PolicyGate.Judge(Padded(Limits.PolicyMax + 1), skipValidation: false);

        Assert.Contains(verdict.Errors, e => e.Code == PolicyFindingCodes.TooLong);
    }

    [Fact]
    public void Skipping_the_check_sends_a_policy_with_errors_and_warns_only_about_its_size()
    {
        Assert.False(PolicyGate.Judge(TwoErrors, skipValidation: true).IsRefused);
        Assert.Empty(PolicyGate.Judge(UnknownKey, skipValidation: true).Warnings);

        var large = PolicyGate.Judge(Padded(Limits.PolicyQuota + 1), skipValidation: true);
        Assert.Contains(Limits.PolicyQuota.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), Assert.Single(large.Warnings));
    }

    [Fact]
    public void The_refusal_names_the_first_errors_and_keeps_every_finding()
    {
        var statements = string.Join(",", Enumerable.Range(0, 5).Select(_ => "{\"Effect\":\"maybe\",\"Action\":\"obs:bucket:get\"}"));
        var verdict = PolicyGate.Judge("{\"Version\":\"5.0\",\"Statement\":[" + statements + "]}", skipValidation: false);

        var refusal = new PolicyValidationException(verdict.Errors);

        Assert.Equal(5, refusal.Findings.Count);
        Assert.Contains("5 errors", refusal.Message);
        Assert.Contains("$.Statement[0].Effect", refusal.Message);
        Assert.Contains("$.Statement[2].Effect", refusal.Message);
        Assert.DoesNotContain("$.Statement[3].Effect", refusal.Message);
        Assert.Contains("and 2 more", refusal.Message);
    }

    [Fact]
    public void One_error_is_named_in_the_singular()
    {
        var refusal = new PolicyValidationException(PolicyGate.Judge("{\"Version\":\"4.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"a:b:c\"}]}", false).Errors);

        Assert.Contains("(1 error)", refusal.Message);
    }

    // A valid policy padded with a long Sid to reach an exact length.
    private static string Padded(int length)
    {
        const string head = "{\"Version\":\"5.0\",\"Statement\":[{\"Sid\":\"";
        const string tail = "\",\"Effect\":\"Allow\",\"Action\":[\"obs:bucket:listBucket\"]}]}";
        return head + new string('s', length - head.Length - tail.Length) + tail;
    }
}
