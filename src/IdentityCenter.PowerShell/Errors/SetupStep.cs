namespace IdentityCenter.PowerShell.Errors
{
    /// <summary>Which part of preparing a command's client failed, since both raise the same exception type.</summary>
    internal enum SetupStep
    {
        /// <summary>The endpoint and other settings: -EndpointUrl and the environment variables.</summary>
        ClientOptions,

        /// <summary>Finding the access key, secret key, token and domain id.</summary>
        Credentials,
    }
}
