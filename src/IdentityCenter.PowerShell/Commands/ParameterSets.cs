namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>The ways a command may be given credentials.</summary>
    internal static class ParameterSets
    {
        /// <summary>No credential parameter: the session, the environment variables, the credentials file, then the ECS metadata service.</summary>
        public const string Default = "Default";

        /// <summary>-AccessKeyId with -SecretAccessKey.</summary>
        public const string AccessKey = "AccessKey";

        /// <summary>-Credential: user name = access key id, password = secret key.</summary>
        public const string Credential = "Credential";

        /// <summary>-ProfileName: a section of the credentials file (Connect-IdcService only).</summary>
        public const string Profile = "Profile";

        /// <summary>-UseInstanceCredential: the server's temporary keys from the ECS metadata service (Connect-IdcService only).</summary>
        public const string InstanceCredential = "InstanceCredential";
    }
}
