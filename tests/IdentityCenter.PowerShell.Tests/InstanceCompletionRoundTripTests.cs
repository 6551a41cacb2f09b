using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Diagnostics;
using IdentityCenter.Emulator;
using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.Completion;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.PowerShell.Tests;

/// <summary>Completion of -InstanceId against the emulator over loopback, as the completer does it.</summary>
[Collection(HttpPipelineCollection.Name)]
public sealed class InstanceCompletionRoundTripTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture emulator;

    public InstanceCompletionRoundTripTests(EmulatorFixture emulator)
    {
        this.emulator = emulator;
        emulator.Server.Reset();
    }

    [Fact]
    public void The_session_s_account_lists_the_emulator_instance_as_a_suggestion()
    {
        var session = new SessionSettings(EmulatorDefaults.AccessKeyId, SecureText.From(EmulatorDefaults.SecretAccessKey), null, EmulatorDefaults.DomainId, null, emulator.Url);
        var setup = ClientSetup.Create(null, new CredentialInput(), session, new FakeCredentialEnvironment(), NullEventSink.Instance);
        var catalog = new InstanceCatalog(InstanceCatalog.DefaultTimeout, InstanceCatalog.DefaultRetryAfterFailure, () => DateTimeOffset.UtcNow);

        var suggestions = InstanceSuggestions.For("ins-", catalog.Get(setup.ConnectionKey, token => setup.Client.ListInstancesAsync(token)));

        var suggestion = Assert.Single(suggestions);
        Assert.Equal(EmulatorDefaults.InstanceId, suggestion.CompletionText);
        Assert.Contains(EmulatorDefaults.InstanceAlias, suggestion.ListItemText);
    }

    [Fact]
    public void Wrong_keys_give_no_suggestions_and_no_error()
    {
        var input = new CredentialInput { AccessKeyId = EmulatorDefaults.AccessKeyId, SecretAccessKey = SecureText.From("not-the-secret"), DomainId = EmulatorDefaults.DomainId };
        var setup = ClientSetup.Create(emulator.Url, input, new FakeCredentialEnvironment(), NullEventSink.Instance);
        var catalog = new InstanceCatalog(InstanceCatalog.DefaultTimeout, InstanceCatalog.DefaultRetryAfterFailure, () => DateTimeOffset.UtcNow);

        Assert.Empty(catalog.Get(setup.ConnectionKey, token => setup.Client.ListInstancesAsync(token)));
    }
}
