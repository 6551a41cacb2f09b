using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Http;
using IdentityCenter.Core.Tests.Http;
using IdentityCenter.Emulator;

namespace IdentityCenter.Core.Tests.EndToEnd;

public static class EmulatorClients
{
    public static IdcCredentials Demo(string? domainId = EmulatorDefaults.DomainId) =>
        new(EmulatorDefaults.AccessKeyId, EmulatorDefaults.SecretAccessKey, null, domainId, "tests");

    public static IdcCredentials Temporary(string? token = EmulatorDefaults.SecurityToken) =>
        new(EmulatorDefaults.TemporaryAccessKeyId, EmulatorDefaults.TemporarySecretAccessKey, token, EmulatorDefaults.DomainId, "tests");

    public static IdentityCenterClient For(EmulatorServer server, IdcCredentials? credentials = null, IIdcEventSink? sink = null, RetryPolicy? retry = null) =>
        new(new IdcClientOptions { Endpoint = server.BaseAddress, IamEndpoint = server.BaseAddress, Retry = retry ?? TestClients.FastRetry() }, credentials ?? Demo(), sink);
}
