using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Http;

namespace IdentityCenter.Core.Tests.Http;

/// <summary>Clients with known credentials, so tests can look for the secrets in everything produced.</summary>
public static class TestClients
{
    public const string AccessKeyId = "TESTACCESSKEY0000001";
    public const string SecretKey = "Test-Secret-Key-Never-Printed-0001";
    public const string SecurityToken = "Test-Security-Token-Never-Printed-0001";

    public static IdcCredentials Credentials(string? domainId = "test-domain", bool temporary = false) =>
        new(AccessKeyId, SecretKey, temporary ? SecurityToken : null, domainId, "tests");

    public static RetryPolicy FastRetry(int attempts = 3) => new()
    {
        MaxAttempts = attempts,
        BaseDelay = TimeSpan.FromMilliseconds(5),
        MaxDelay = TimeSpan.FromMilliseconds(20),
        MaxRetryAfter = TimeSpan.FromMilliseconds(50),
        AttemptTimeout = TimeSpan.FromSeconds(5),
        TotalTimeout = TimeSpan.FromSeconds(20),
    };

    public static IdentityCenterClient For(Uri endpoint, IIdcEventSink? sink = null, IdcCredentials? credentials = null, RetryPolicy? retry = null) =>
        new(new IdcClientOptions { Endpoint = endpoint, IamEndpoint = endpoint, Retry = retry ?? FastRetry() }, credentials ?? Credentials(), sink);
}
