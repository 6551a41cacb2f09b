using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Tests.Credentials;
using IdentityCenter.Core.Tests.Http;
using IdentityCenter.Emulator;
using IdentityCenter.Emulator.Faults;

namespace IdentityCenter.Core.Tests.EndToEnd;

/// <summary>
/// Drives every path a call can take with a known secret key and security token, keeps everything the module
/// produced (exceptions with their inner exceptions, ToString and public properties of every object, every event)
/// and looks for the secrets and for any signature value in it.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class SecretSweepTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    // The emulator's temporary key pair, used with its real token, then with this one in its place.
    private const string ForeignToken = "Sweep-Security-Token-Value-0001";
    private static readonly Regex UnmaskedSignature = new("Signature=(?!\\*\\*\\*)", RegexOptions.IgnoreCase);

    private readonly EmulatorServer server = Reset(fixture.Server);
    private readonly List<object> produced = [];
    private readonly RecordingSink sink = new();

    [Fact]
    public async Task No_secret_token_or_signature_appears_in_anything_produced()
    {
        await Success();
        await ServiceErrors();
        await TransportFailures();
        await Retries();
        await DomainDiscovery();
        ConfigurationAndValidationErrors();

        var text = Dump();
        Assert.True(produced.Count > 25, $"only {produced.Count} objects captured");
        Assert.True(sink.Events.Count > 20, $"only {sink.Events.Count} events captured");
        foreach (var secret in new[] { EmulatorDefaults.TemporarySecretAccessKey, EmulatorDefaults.SecurityToken, ForeignToken, TestClients.SecretKey, TestClients.SecurityToken })
        {
            Assert.DoesNotContain(secret, text);
        }

        Assert.DoesNotMatch(UnmaskedSignature, text);
        Assert.Contains("Signature=***", text);
        Assert.Contains("x-security-token:***", text);
    }

    private async Task Success()
    {
        var client = EmulatorClients.For(server, EmulatorClients.Temporary(), sink);
        var set = await client.CreatePermissionSetAsync(new CreatePermissionSetRequest { InstanceId = EmulatorDefaults.InstanceId, Name = "Sweep" });
        produced.Add(set);
        produced.Add(await client.PutCustomPolicyAsync(new PutCustomPolicyRequest { InstanceId = set.InstanceId, PermissionSetId = set.PermissionSetId, Policy = "{}" }));
        produced.AddRange(await client.ListPermissionSetsAsync(EmulatorDefaults.InstanceId));
        produced.AddRange(await client.ListInstancesAsync());
        produced.Add(client.Options);
        produced.Add(EmulatorClients.Temporary());
    }

    private async Task ServiceErrors()
    {
        var client = EmulatorClients.For(server, EmulatorClients.Temporary(), sink);
        await Capture(() => client.CreatePermissionSetAsync(new CreatePermissionSetRequest { InstanceId = EmulatorDefaults.InstanceId, Name = "Sweep" }));
        await Capture(() => client.PutCustomPolicyAsync(new PutCustomPolicyRequest { InstanceId = EmulatorDefaults.InstanceId, PermissionSetId = "ps-0000000000000000", Policy = "{}" }));

        // A refused signature: the gateway quotes its canonical request, which carries the token sent.
        var wrongToken = EmulatorClients.For(server, EmulatorClients.Temporary(ForeignToken), sink);
        await Capture(() => wrongToken.CreatePermissionSetAsync(new CreatePermissionSetRequest { InstanceId = EmulatorDefaults.InstanceId, Name = "Refused" }));
        var wrongSecret = new IdcCredentials(EmulatorDefaults.TemporaryAccessKeyId, "wrong-secret", EmulatorDefaults.SecurityToken, EmulatorDefaults.DomainId, "sweep");
        await Capture(() => EmulatorClients.For(server, wrongSecret, sink).CreatePermissionSetAsync(new CreatePermissionSetRequest { InstanceId = EmulatorDefaults.InstanceId, Name = "Refused" }));

        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, Count = 1, Status = 403, ErrorCode = "IdentityCenter.1000" });
        await Capture(() => client.CreatePermissionSetAsync(new CreatePermissionSetRequest { InstanceId = EmulatorDefaults.InstanceId, Name = "Denied" }));

        foreach (var reply in new[]
                 {
                     CannedHttpServer.Reply(500, "Oops", "<html>broken</html>"),
                     CannedHttpServer.Reply(404, "Not Found", string.Empty),
                     CannedHttpServer.Reply(429, "Slow down", "{\"error\":{\"code\":\"APIGW.0308\",\"message\":\"throttled\"}}"),
                     CannedHttpServer.Reply(200, "OK", "not json"),
                     CannedHttpServer.Reply(301, "Moved", string.Empty, "Location: https://elsewhere.example/"),
                 })
        {
            using var canned = new CannedHttpServer(() => reply);
            var cannedClient = TestClients.For(canned.BaseAddress, sink, TestClients.Credentials(temporary: true), TestClients.FastRetry(attempts: 2));
            await Capture(() => cannedClient.CreatePermissionSetAsync(new CreatePermissionSetRequest { InstanceId = "ins-0123456789abcdef", Name = "Canned" }));
        }
    }

    private async Task TransportFailures()
    {
        using var silent = new CannedHttpServer(() => null);
        await Capture(() => TestClients.For(silent.BaseAddress, sink, TestClients.Credentials(temporary: true)).CreatePermissionSetAsync(
            new CreatePermissionSetRequest { InstanceId = "ins-0123456789abcdef", Name = "Silent" }));

        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, Count = 2, DelayMs = 5_000 });
        var retry = TestClients.FastRetry(attempts: 2);
        retry.AttemptTimeout = TimeSpan.FromMilliseconds(200);
        await Capture(() => EmulatorClients.For(server, EmulatorClients.Temporary(), sink, retry).CreatePermissionSetAsync(
            new CreatePermissionSetRequest { InstanceId = EmulatorDefaults.InstanceId, Name = "Timeout" }));
        server.Faults.Clear();
    }

    private async Task Retries()
    {
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, Count = 1, Status = 429 });
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, Count = 1, Drop = FaultDrop.After });
        produced.Add(await EmulatorClients.For(server, EmulatorClients.Temporary(), sink).CreatePermissionSetAsync(
            new CreatePermissionSetRequest { InstanceId = EmulatorDefaults.InstanceId, Name = "Retried" }));
    }

    private async Task DomainDiscovery()
    {
        DomainIdDiscovery.Clear();
        var noDomain = new IdcCredentials(EmulatorDefaults.TemporaryAccessKeyId, EmulatorDefaults.TemporarySecretAccessKey, EmulatorDefaults.SecurityToken, null, "sweep");
        server.Faults.Add(new FaultRule { Operation = EmulatorOperation.ListDomains, Count = 3, Status = 500 });
        await Capture(() => EmulatorClients.For(server, noDomain, sink).ListInstancesAsync());
        produced.AddRange(await EmulatorClients.For(server, noDomain, sink).ListInstancesAsync());
    }

    private void ConfigurationAndValidationErrors()
    {
        var environment = new FakeEnvironment();
        environment.Variables[EnvironmentVariables.AccessKeyId] = "SWEEPAK";
        environment.Variables[EnvironmentVariables.SecretAccessKey] = TestClients.SecretKey;
        environment.Variables[EnvironmentVariables.SecurityToken] = TestClients.SecurityToken + new string('x', 2048);
        CaptureNow(() => CredentialResolver.Resolve(null, environment));
        CaptureNow(() => CredentialResolver.Resolve(null, new FakeEnvironment()));
        CaptureNow(() => CredentialResolver.Resolve(new CredentialInput { SecretAccessKey = SecureText.From(TestClients.SecretKey) }, new FakeEnvironment()));
        CaptureNow(() => IdcClientOptions.Resolve("http://example.com", new FakeEnvironment()));
        CaptureNow(() => IdentityCenter.Core.Validation.RequestValidator.Validate(new CreatePermissionSetRequest { InstanceId = "ins-0123456789abcdef", Name = TestClients.SecretKey + TestClients.SecretKey }));
        var given = new CredentialInput { AccessKeyId = "SWEEPAK", SecretAccessKey = SecureText.From(TestClients.SecretKey), SecurityToken = SecureText.From(TestClients.SecurityToken) };
        produced.Add(given);
        produced.Add(CredentialResolver.Resolve(given, new FakeEnvironment()));
    }

    private async Task Capture(Func<Task> call)
    {
        try
        {
            await call();
            throw new InvalidOperationException("The call was expected to fail.");
        }
        catch (Exception ex) when (ex is not InvalidOperationException)
        {
            produced.Add(ex);
        }
    }

    private void CaptureNow(Action call)
    {
        try
        {
            call();
            throw new InvalidOperationException("The call was expected to fail.");
        }
        catch (Exception ex) when (ex is not InvalidOperationException)
        {
            produced.Add(ex);
        }
    }

    private string Dump()
    {
        var text = new StringBuilder();
        foreach (var item in produced)
        {
            DumpObject(item, text, depth: 0);
        }

        foreach (var e in sink.Events)
        {
            text.AppendLine(e.ToString());
        }

        return text.ToString();
    }

    private static void DumpObject(object? value, StringBuilder text, int depth)
    {
        // Delegates and reflection objects describe code, not data the module produced.
        if (value == null || depth > 3 || value is Delegate || value is CancellationToken || value is WaitHandle || value is MemberInfo || value is Module || value is Assembly)
        {
            return;
        }

        text.AppendLine(value.ToString());
        if (value is string || value.GetType().IsPrimitive)
        {
            return;
        }

        if (value is Exception ex)
        {
            text.AppendLine(ex.Message);
            DumpObject(ex.InnerException, text, depth + 1);
        }

        if (value is IEnumerable sequence)
        {
            foreach (var element in sequence)
            {
                DumpObject(element, text, depth + 1);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name is "TargetSite" or "StackTrace" or "Data")
            {
                continue;
            }

            object? propertyValue;
            try
            {
                propertyValue = property.GetValue(value);
            }
            catch (TargetInvocationException)
            {
                continue;
            }

            DumpObject(propertyValue, text, depth + 1);
        }
    }

    private static EmulatorServer Reset(EmulatorServer server)
    {
        server.Reset();
        return server;
    }
}
