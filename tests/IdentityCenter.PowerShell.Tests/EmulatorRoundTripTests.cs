using System.Collections;
using System.Diagnostics;
using System.Management.Automation;
using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Core.Models;
using IdentityCenter.Emulator;
using IdentityCenter.Emulator.Faults;
using IdentityCenter.PowerShell.Arguments;
using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.Errors;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.PowerShell.Tests;

/// <summary>
/// The module's own pieces (mapping, pump, error mapping) around the real core, against the emulator over loopback:
/// everything a cmdlet does for an item except PowerShell's binding and Write* calls.
/// </summary>
[Collection(HttpPipelineCollection.Name)]
public sealed class EmulatorRoundTripTests : IClassFixture<EmulatorFixture>, IDisposable
{
    private const string Policy = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"obs:*:get*\"],\"Resource\":[\"*\"]}]}";

    private readonly EmulatorFixture emulator;
    private readonly ItemRun run;

    public EmulatorRoundTripTests(EmulatorFixture emulator)
    {
        this.emulator = emulator;
        emulator.Server.Reset();
        run = new ItemRun(emulator.Url, Credentials());
    }

    public void Dispose() => run.Dispose();

    [Fact]
    public void A_mapped_create_reaches_the_service_and_its_events_are_written_on_the_calling_thread()
    {
        var command = new NewIdcPermissionSetCommand
        {
            InstanceId = EmulatorDefaults.InstanceId,
            Name = "Admins",
            SessionDuration = (string?)new SessionDurationTransformationAttribute().Transform(null!, TimeSpan.FromMinutes(90)),
            Tag = (IDictionary?)new TagTransformationAttribute().Transform(null!, "team=ops;empty="),
        };
        var request = command.BuildRequest();
        var caller = Environment.CurrentManagedThreadId;

        var created = run.Run(ItemOperation.CreatePermissionSet(request), (client, token) => client.CreatePermissionSetAsync(request, token));

        Assert.NotNull(created);
        Assert.Empty(run.Errors);
        Assert.Equal("PT1H30M", created!.SessionDuration);
        var stored = Assert.Single(emulator.Server.State.GetPermissionSets(EmulatorDefaults.InstanceId));
        Assert.Equal(created.PermissionSetId, stored.PermissionSetId);
        Assert.Equal(new[] { ("team", "ops"), ("empty", "") }, stored.Tags.Select(t => (t.Key, t.Value)));
        Assert.Contains(run.Written, w => w.Level == IdcEventLevel.Verbose && w.Message.Contains("POST /v1/instances/" + EmulatorDefaults.InstanceId + "/permission-sets -> 200"));
        Assert.All(run.Written, w => Assert.Equal(caller, w.Thread));
    }

    [Fact]
    public void A_duplicate_in_a_batch_of_three_is_one_error_and_the_other_two_are_created()
    {
        CreateDirectly("Existing");
        var command = new NewIdcPermissionSetCommand { InstanceId = EmulatorDefaults.InstanceId };
        var created = new List<PermissionSet>();

        foreach (var name in new[] { "First", "Existing", "Third" })
        {
            command.Name = name;
            var request = command.BuildRequest();
            var result = run.Run(ItemOperation.CreatePermissionSet(request), (client, token) => client.CreatePermissionSetAsync(request, token));
            if (result != null)
            {
                created.Add(result);
            }
        }

        Assert.Equal(new[] { "First", "Third" }, created.Select(p => p.Name));
        var error = Assert.Single(run.Errors);
        Assert.Equal("IdentityCenter.1206", error.ErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, error.Category);
        Assert.False(error.IsTerminating);
        Assert.Equal("Existing", Assert.IsType<CreatePermissionSetRequest>(error.TargetObject).Name);
        Assert.Matches("request id [0-9a-zA-Z-]+\\)\\.$", error.Message);
        Assert.Contains("'Existing'", error.Message);
    }

    [Fact]
    public void A_custom_policy_piped_from_a_created_set_is_attached()
    {
        var created = CreateDirectly("WithPolicy");
        var command = new SetIdcCustomPolicyCommand { InstanceId = created.InstanceId, PermissionSetId = created.PermissionSetId, Policy = Policy };
        var request = command.BuildRequest();

        var assignment = run.Run(ItemOperation.PutCustomPolicy(request), (client, token) => client.PutCustomPolicyAsync(request, token));

        Assert.NotNull(assignment);
        Assert.Equal(created.PermissionSetId, assignment!.PermissionSetId);
        Assert.Equal(Policy, emulator.Server.State.FindPermissionSet(EmulatorDefaults.InstanceId, created.PermissionSetId)!.CustomPolicy);
    }

    [Fact]
    public void A_policy_that_is_not_JSON_is_refused_before_anything_is_sent()
    {
        var created = CreateDirectly("BadPolicy");
        var requestsBefore = emulator.Server.RequestLog.Count;
        var request = new SetIdcCustomPolicyCommand { InstanceId = created.InstanceId, PermissionSetId = created.PermissionSetId, Policy = "{\"Version\":" }.BuildRequest();

        var assignment = run.Run(ItemOperation.PutCustomPolicy(request), (client, token) => client.PutCustomPolicyAsync(request, token));

        Assert.Null(assignment);
        var error = Assert.Single(run.Errors);
        Assert.Equal(ErrorMapper.InvalidArgumentId, error.ErrorId);
        Assert.Contains("parameter 'Policy'", error.Message);
        Assert.Equal(requestsBefore, emulator.Server.RequestLog.Count);
    }

    [Fact]
    public void An_unknown_permission_set_is_ObjectNotFound()
    {
        var request = new SetIdcCustomPolicyCommand { InstanceId = EmulatorDefaults.InstanceId, PermissionSetId = "ps-0000000000000000", Policy = Policy }.BuildRequest();

        run.Run(ItemOperation.PutCustomPolicy(request), (client, token) => client.PutCustomPolicyAsync(request, token));

        var error = Assert.Single(run.Errors);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.Category);
        Assert.Contains("permission set ps-0000000000000000 in instance " + EmulatorDefaults.InstanceId, error.Message);
    }

    [Fact]
    public void A_denied_request_is_PermissionDenied_with_the_service_message()
    {
        emulator.Server.Faults.AddRange(new[]
        {
            new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, Count = 1, Status = 403, ErrorCode = "IdentityCenter.1000", ErrorMessage = "No permission." },
        });
        var request = new NewIdcPermissionSetCommand { InstanceId = EmulatorDefaults.InstanceId, Name = "Denied" }.BuildRequest();

        run.Run(ItemOperation.CreatePermissionSet(request), (client, token) => client.CreatePermissionSetAsync(request, token));

        var error = Assert.Single(run.Errors);
        Assert.Equal("IdentityCenter.1000", error.ErrorId);
        Assert.Equal(ErrorCategory.PermissionDenied, error.Category);
        Assert.Contains("No permission", error.Message);
    }

    [Fact]
    public void A_wrong_secret_is_a_SecurityError_whose_message_shows_neither_secret_nor_token()
    {
        const string wrongSecret = "NotTheEmulatorsTemporarySecret0000000001";
        var credentials = new CredentialInput
        {
            AccessKeyId = EmulatorDefaults.TemporaryAccessKeyId,
            SecretAccessKey = SecureText.From(wrongSecret),
            SecurityToken = SecureText.From(EmulatorDefaults.SecurityToken),
            DomainId = EmulatorDefaults.DomainId,
        };
        using var badRun = new ItemRun(emulator.Url, credentials);
        var request = new NewIdcPermissionSetCommand { InstanceId = EmulatorDefaults.InstanceId, Name = "Unsigned" }.BuildRequest();

        badRun.Run(ItemOperation.CreatePermissionSet(request), (client, token) => client.CreatePermissionSetAsync(request, token));

        var error = Assert.Single(badRun.Errors);
        Assert.Equal("APIGW.0301", error.ErrorId);
        Assert.Equal(ErrorCategory.SecurityError, error.Category);
        Assert.DoesNotContain(EmulatorDefaults.SecurityToken, error.Message);
        Assert.DoesNotContain(wrongSecret, error.Message);
        Assert.DoesNotContain(EmulatorDefaults.SecurityToken, error.Exception.Message);
        Assert.DoesNotContain(EmulatorDefaults.SecurityToken, badRun.AllWritten());
        Assert.DoesNotContain(wrongSecret, badRun.AllWritten());
    }

    [Fact]
    public void Debug_events_show_the_request_without_the_signature_or_the_secret()
    {
        var request = new NewIdcPermissionSetCommand { InstanceId = EmulatorDefaults.InstanceId, Name = "Debugged" }.BuildRequest();

        run.Run(ItemOperation.CreatePermissionSet(request), (client, token) => client.CreatePermissionSetAsync(request, token));

        var debug = string.Join("\n", run.Written.Where(w => w.Level == IdcEventLevel.Debug).Select(w => w.Message));
        Assert.Contains("POST /v1/instances/", debug);
        Assert.Contains("Signature=***", debug);
        Assert.DoesNotContain(EmulatorDefaults.SecretAccessKey, run.AllWritten());
    }

    [Fact]
    public void Stopping_returns_promptly_while_the_service_holds_the_reply()
    {
        emulator.Server.Faults.AddRange(new[] { new FaultRule { Operation = EmulatorOperation.CreatePermissionSet, DelayMs = 30_000 } });
        var request = new NewIdcPermissionSetCommand { InstanceId = EmulatorDefaults.InstanceId, Name = "Held" }.BuildRequest();
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            run.Run(ItemOperation.CreatePermissionSet(request), (client, token) => client.CreatePermissionSetAsync(request, token), stop.Token));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), "stopping took " + watch.Elapsed);
        Assert.Empty(run.Errors);
    }

    private static CredentialInput Credentials() => new()
    {
        AccessKeyId = EmulatorDefaults.AccessKeyId,
        SecretAccessKey = SecureText.From(EmulatorDefaults.SecretAccessKey),
        DomainId = EmulatorDefaults.DomainId,
    };

    private PermissionSet CreateDirectly(string name)
    {
        var request = new CreatePermissionSetRequest { InstanceId = EmulatorDefaults.InstanceId, Name = name };
        return run.Run(ItemOperation.CreatePermissionSet(request), (client, token) => client.CreatePermissionSetAsync(request, token))
            ?? throw new InvalidOperationException("Creating '" + name + "' failed: " + string.Join("; ", run.Errors));
    }
}
