using IdentityCenter.Core.Credentials;
using IdentityCenter.PowerShell.Session;
using IdentityCenter.PowerShell.Tests.Support;

namespace IdentityCenter.PowerShell.Tests;

public class EndpointSettingTests
{
    private static readonly SessionSettings Session = new(null, null, null, null, null, "http://127.0.0.1:5080");
    private static readonly FakeCredentialEnvironment Environment = new FakeCredentialEnvironment().With(EnvironmentVariables.IdentityCenterEndpoint, "http://127.0.0.1:6000");

    [Fact]
    public void The_parameter_wins_over_the_session_and_the_environment()
    {
        var setting = EndpointSetting.Choose("http://127.0.0.1:7000", Session, Environment);

        Assert.Equal("http://127.0.0.1:7000", setting.ExplicitValue);
        Assert.Equal(SettingSource.Parameter, setting.Source);
    }

    [Fact]
    public void The_session_wins_over_the_environment()
    {
        var setting = EndpointSetting.Choose(null, Session, Environment);

        Assert.Equal("http://127.0.0.1:5080", setting.ExplicitValue);
        Assert.Equal(SettingSource.Session, setting.Source);
    }

    [Fact]
    public void The_environment_is_left_for_the_core_to_read_and_named_as_the_source()
    {
        var setting = EndpointSetting.Choose(" ", SessionSettings.Empty, Environment);

        Assert.Null(setting.ExplicitValue);
        Assert.Equal(SettingSource.Environment, setting.Source);
    }

    [Fact]
    public void Nothing_set_anywhere_is_the_default()
    {
        var setting = EndpointSetting.Choose(null, SessionSettings.Empty, new FakeCredentialEnvironment());

        Assert.Null(setting.ExplicitValue);
        Assert.Equal(SettingSource.Default, setting.Source);
    }
}
