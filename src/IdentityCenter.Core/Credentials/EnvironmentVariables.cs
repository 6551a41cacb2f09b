namespace IdentityCenter.Core.Credentials
{
    /// <summary>The environment variables the module reads, named as the Huawei Cloud SDKs name them where they share one.</summary>
    public static class EnvironmentVariables
    {
        public const string AccessKeyId = "HUAWEICLOUD_SDK_AK";
        public const string SecretAccessKey = "HUAWEICLOUD_SDK_SK";
        public const string SecurityToken = "HUAWEICLOUD_SDK_SECURITY_TOKEN";
        public const string DomainId = "HUAWEICLOUD_SDK_DOMAIN_ID";
        public const string CredentialsFile = "HUAWEICLOUD_SDK_CREDENTIALS_FILE";
        public const string IamEndpoint = "HUAWEICLOUD_SDK_IAM_ENDPOINT";

        /// <summary>The ECS metadata service, in place of http://169.254.169.254: for tests and unusual networks.</summary>
        public const string MetadataUrl = "HUAWEICLOUD_SDK_METADATA_URL";

        /// <summary>The Identity Center endpoint, for example the local emulator's address.</summary>
        public const string IdentityCenterEndpoint = "HUAWEICLOUD_SDK_IDENTITYCENTER_ENDPOINT";

        public const string MaxAttempts = "HUAWEICLOUD_SDK_IDENTITYCENTER_MAX_ATTEMPTS";

        /// <summary>The time limit of one call, every attempt and wait included, in seconds.</summary>
        public const string TimeoutSeconds = "HUAWEICLOUD_SDK_IDENTITYCENTER_TIMEOUT_SECONDS";
    }
}
