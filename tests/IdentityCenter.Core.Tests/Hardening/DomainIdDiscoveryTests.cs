using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Errors;

namespace IdentityCenter.Core.Tests.Hardening;

public class DomainIdDiscoveryTests
{
    [Fact]
    public async Task One_callers_cancellation_does_not_cancel_the_shared_look_up_for_another()
    {
        var key = "AK-shared-" + Guid.NewGuid().ToString("N");
        var iam = new Uri("https://iam.example.test");
        var answer = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var lookUps = 0;
        CancellationToken seen = default;
        Task<string> LookUp(CancellationToken token)
        {
            Interlocked.Increment(ref lookUps);
            seen = token;
            return answer.Task;
        }

        using var first = new CancellationTokenSource();
        var firstWait = DomainIdDiscovery.GetAsync(key, iam, LookUp, first.Token);
        var secondWait = DomainIdDiscovery.GetAsync(key, iam, LookUp, CancellationToken.None);

        first.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => firstWait);
        Assert.False(seen.CanBeCanceled);

        answer.SetResult("d0123");
        Assert.Equal("d0123", await secondWait);
        Assert.Equal(1, lookUps);
        Assert.Equal("d0123", await DomainIdDiscovery.GetAsync(key, iam, LookUp, CancellationToken.None));
    }

    [Fact]
    public async Task A_failed_look_up_is_forgotten()
    {
        var key = "AK-failing-" + Guid.NewGuid().ToString("N");
        var iam = new Uri("https://iam.example.test");
        await Assert.ThrowsAsync<IdcTransportException>(() => DomainIdDiscovery.GetAsync(key, iam, _ => Task.FromException<string>(new IdcTransportException("down")), CancellationToken.None));

        Assert.Equal("d1", await DomainIdDiscovery.GetAsync(key, iam, _ => Task.FromResult("d1"), CancellationToken.None));
    }

    [Fact]
    public async Task A_domain_id_with_a_line_break_from_iam_is_refused()
    {
        var error = await Assert.ThrowsAsync<IdcConfigurationException>(() =>
            DomainIdDiscovery.GetAsync("AK-" + Guid.NewGuid().ToString("N"), new Uri("https://iam.example.test"), _ => Task.FromResult("d1\r\nX: 1"), CancellationToken.None));
        Assert.Contains("the IAM domain look-up", error.Message);
    }

    [Fact]
    public void A_refused_signature_says_the_keys_are_wrong_not_to_pass_a_domain_id()
    {
        var refusal = new IdcServiceException(401, "APIGW.0301", "Incorrect IAM authentication information: verify aksk signature fail", "req-1", null);

        var failure = DomainIdDiscovery.Failure(refusal, "AK0001", new Uri("https://iam.myhuaweicloud.com"));

        Assert.Contains("refused the signature", failure.Message);
        Assert.Contains("secret key", failure.Message);
        Assert.DoesNotContain("-DomainId", failure.Message);
        Assert.True(failure.CredentialsRefused);
    }

    [Fact]
    public void Another_refusal_is_not_called_a_refused_signature()
    {
        var refusal = new IdcServiceException(403, "IAM.0002", "Forbidden", "req-2", null);

        var failure = DomainIdDiscovery.Failure(refusal, "AK0001", new Uri("https://iam.myhuaweicloud.com"));

        Assert.False(failure.CredentialsRefused);
        Assert.DoesNotContain("refused the signature", failure.Message);
        Assert.Contains("could not be looked up", failure.Message);
    }
}
