using IdentityCenter.Core.Validation;
using IdentityCenter.PowerShell.Commands;

namespace IdentityCenter.PowerShell.Tests;

public class PolicyAdviceTests
{
    [Fact]
    public void A_policy_within_the_product_quota_needs_no_warning()
    {
        Assert.Null(PolicyAdvice.QuotaWarning(new string('x', Limits.PolicyQuota)));
        Assert.Null(PolicyAdvice.QuotaWarning(null));
    }

    [Fact]
    public void A_policy_over_the_product_quota_is_warned_about_with_both_sizes()
    {
        var warning = PolicyAdvice.QuotaWarning(new string('x', Limits.PolicyQuota + 1));

        Assert.NotNull(warning);
        Assert.Contains((Limits.PolicyQuota + 1).ToString(), warning);
        Assert.Contains(Limits.PolicyQuota.ToString(), warning);
    }
}
