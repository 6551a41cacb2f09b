using IdentityCenter.Core.Credentials;

namespace IdentityCenter.PowerShell.Session
{
    /// <summary>
    /// Which Identity Center endpoint a command uses and why: -EndpointUrl, then the session's, then the environment
    /// variable, then the public endpoint. The core reads the environment and the default itself; this picks the
    /// explicit value to hand it and names the source for Get-IdcContext and the verbose stream.
    /// </summary>
    internal sealed class EndpointSetting
    {
        private EndpointSetting(string? explicitValue, SettingSource source)
        {
            ExplicitValue = explicitValue;
            Source = source;
        }

        /// <summary>The parameter's or the session's endpoint, for the core to parse; null lets the core read the environment.</summary>
        public string? ExplicitValue { get; }

        public SettingSource Source { get; }

        public static EndpointSetting Choose(string? parameter, SessionSettings session, CredentialEnvironment environment)
        {
            if (!string.IsNullOrWhiteSpace(parameter))
            {
                return new EndpointSetting(parameter, SettingSource.Parameter);
            }

            if (session.EndpointUrl != null)
            {
                return new EndpointSetting(session.EndpointUrl, SettingSource.Session);
            }

            return environment.GetVariable(EnvironmentVariables.IdentityCenterEndpoint) != null
                ? new EndpointSetting(null, SettingSource.Environment)
                : new EndpointSetting(null, SettingSource.Default);
        }
    }
}
