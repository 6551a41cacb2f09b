using IdentityCenter.Core.Policy;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core.Tests.Policy;

/// <summary>
/// The checker's cost is measured in bench/ (timings are never asserted here); what can be asserted is that a
/// clean document makes almost nothing: no tree, no per-object collections, no paths.
/// </summary>
public class PolicyCheckerCostTests
{
    [Fact]
    public void Checking_a_clean_policy_near_the_api_limit_allocates_a_few_kilobytes()
    {
        var text = PolicyDocuments.CleanPolicyNear(Limits.PolicyMax);
        var findings = PolicyChecker.Check(text);
        Assert.Equal(PolicyFindingCodes.OverQuota, Assert.Single(findings).Code);

        var before = GC.GetAllocatedBytesForCurrentThread();
        PolicyChecker.Check(text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The size warning's message and a few pooled collectors; the old tree walk made about 40 bytes per character.
        Assert.True(allocated < 16 * 1024, allocated + " bytes allocated for " + text.Length + " characters");
    }
}
