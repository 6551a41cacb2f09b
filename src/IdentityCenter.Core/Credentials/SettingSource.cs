namespace IdentityCenter.Core.Credentials
{
    /// <summary>
    /// Where a setting came from, highest precedence first. Get-IdcContext shows these names, so scripts may match
    /// on them: never rename one.
    /// </summary>
    public enum SettingSource
    {
        /// <summary>Not set anywhere.</summary>
        None,

        /// <summary>Given to the call: a cmdlet's parameters, or a value passed in code.</summary>
        Parameter,

        /// <summary>Set for this process by Connect-IdcService.</summary>
        Session,

        /// <summary>An environment variable.</summary>
        Environment,

        /// <summary>The <c>[global]</c> section of the credentials file.</summary>
        CredentialsFile,

        /// <summary>The module's built-in default, such as the public endpoint.</summary>
        Default,

        /// <summary>Temporary keys of the server's agency, from the ECS metadata service; renewed before they expire.</summary>
        InstanceMetadata,
    }
}
