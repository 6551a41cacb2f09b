using System.Collections;
using Process = System.Diagnostics.Process;
using System.Management.Automation;
using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Errors;
using IdentityCenter.PowerShell.Arguments;
using IdentityCenter.PowerShell.Commands;
using IdentityCenter.PowerShell.Completion;
using IdentityCenter.PowerShell.Errors;
using IdentityCenter.PowerShell.Policies;
using IdentityCenter.PowerShell.Session;
using IdentityCenter.PowerShell.Tests.Support;
using IdentityCenter.Core.Diagnostics;

namespace IdentityCenter.PowerShell.Tests;

public class HardeningTests
{
    private const string EndpointPassword = "Endp0intPa55";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_list_or_object_as_a_tag_value_is_refused_at_binding_not_sent_as_its_type_name(bool list)
    {
        var tags = new Hashtable { ["team"] = list ? new object[] { "a", "b" } : new Hashtable { ["x"] = 1 } };

        var error = Assert.Throws<ArgumentException>(() => TagConverter.ToDictionary(tags, v => v));
        Assert.Contains("'team'", error.Message);
        Assert.Contains("one piece of text", error.Message);
        Assert.Throws<ArgumentTransformationMetadataException>(() => new TagTransformationAttribute().Transform(null!, tags));
        Assert.Throws<ArgumentException>(() => TagList.From(tags));
    }

    [Fact]
    public void Scalar_tag_values_are_written_the_same_in_every_culture()
    {
        var saved = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var tags = TagList.From(new Hashtable { ["ratio"] = 1.5, ["count"] = 42, ["on"] = true, ["when"] = new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc) })
                .ToDictionary(t => t.Key, t => t.Value);

            Assert.Equal("1.5", tags["ratio"]);
            Assert.Equal("42", tags["count"]);
            Assert.Equal("True", tags["on"]);
            Assert.Equal("2024-01-15T10:30:00.0000000Z", tags["when"]);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = saved;
        }
    }

    [Fact]
    public void The_binding_rules_speak_in_cores_words()
    {
        var tooMany = new Hashtable();
        for (var i = 0; i <= Core.Validation.Limits.TagsMax; i++)
        {
            tooMany["k" + i] = "v";
        }

        var core = Core.Validation.RequestValidator.FindTagProblem(TagList.From(tooMany))!;
        Assert.Equal("There are 51 tags. " + core.Limit + ".", TagRule.FindProblem(tooMany));
        Assert.Contains(Core.Validation.RequestValidator.FindSessionDurationProblem("8h")!.Limit, SessionDurationRule.FindProblem("8h"));
    }

    [Fact]
    public void Completion_never_asks_an_endpoint_typed_on_the_line()
    {
        var session = new SessionSettings(null, null, null, null, null, "http://127.0.0.1:5080");
        var environment = new FakeCredentialEnvironment();

        Assert.False(Connection("http://127.0.0.1:9999").MayAsk(session, environment));
        Assert.False(Connection("https://attacker.example.com").MayAsk(session, environment));
        Assert.True(Connection("http://127.0.0.1:5080/").MayAsk(session, environment));
        Assert.True(Connection(null).MayAsk(session, environment));
        Assert.False(Connection("https://attacker.example.com").MayAsk(SessionSettings.Empty, environment));
    }

    [Fact]
    public void Client_setup_never_shows_an_endpoints_password()
    {
        var failure = Assert.Throws<ClientSetupException>(() =>
            ClientSetup.Create("https://admin:" + EndpointPassword + "@identitycenter.myhuaweicloud.com", new CredentialInput(), new FakeCredentialEnvironment(), NullEventSink.Instance));

        Assert.DoesNotContain(EndpointPassword, failure.Message);
        Assert.DoesNotContain(EndpointPassword, (string)failure.Setting!);
        Assert.Contains("user information", failure.Message);
    }

    [Fact]
    public void Get_IdcContext_never_shows_an_endpoints_password()
    {
        var session = new SessionSettings(null, null, null, null, null, "https://admin:" + EndpointPassword + "@identitycenter.myhuaweicloud.com");

        var context = ContextReport.Build(session, new FakeCredentialEnvironment());

        Assert.DoesNotContain(EndpointPassword, context.Endpoint);
        Assert.DoesNotContain(EndpointPassword, context.Problem);
        Assert.Equal(SettingSource.Session, context.EndpointSource);
    }

    [Fact]
    public void Connect_IdcService_never_shows_an_endpoints_password()
    {
        var failure = Assert.Throws<ClientSetupException>(() =>
            SessionConnector.Build(new CredentialInput(), null, "http://u:" + EndpointPassword + "@127.0.0.1:5080", new FakeCredentialEnvironment()));

        Assert.DoesNotContain(EndpointPassword, failure.ToString());
        Assert.DoesNotContain(EndpointPassword, (string)failure.Setting!);
    }

    [Fact]
    public void A_nul_in_the_policy_path_is_a_named_policy_input_error()
    {
        var failure = Assert.Throws<PolicyInputException>(() => PolicySource.Load(null, "/tmp/a\0b.json", PolicySource.ReadFile, PolicySource.FileLength));

        Assert.Equal(PolicyInputProblem.InvalidPath, failure.Problem);
        Assert.Contains("-PolicyPath", failure.Message);
        Assert.Contains("NUL", failure.Message);
    }

    [Fact]
    public async Task A_fifo_as_the_policy_path_is_refused_not_waited_on()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Path.Combine(Path.GetTempPath(), "idc-policy-fifo-" + Guid.NewGuid().ToString("N"));
        using (var mkfifo = Process.Start("mkfifo", path))
        {
            mkfifo.WaitForExit();
        }

        try
        {
            var load = Task.Run(() => PolicySource.Load(null, path, PolicySource.ReadFile, PolicySource.FileLength));
            if (await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(30))) != load)
            {
                using var writer = new FileStream(path, FileMode.Open, FileAccess.Write);
                Assert.Fail("Reading the FIFO blocked.");
            }

            var failure = await Assert.ThrowsAsync<PolicyInputException>(() => load);
            Assert.Equal(PolicyInputProblem.NotARegularFile, failure.Problem);
            Assert.Equal(path, failure.Path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static CompletionConnection Connection(string? endpoint) =>
        CompletionConnection.From(endpoint == null ? new Hashtable() : new Hashtable { ["EndpointUrl"] = endpoint }, v => v, _ => null);
}
