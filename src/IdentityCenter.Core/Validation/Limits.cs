namespace IdentityCenter.Core.Validation
{
    /// <summary>The documented constraints of the API, in one place for validation, attributes and help.</summary>
    public static class Limits
    {
        public const int NameMin = 1;
        public const int NameMax = 32;
        public const int DescriptionMax = 1024;
        public const int RelayStateMax = 240;
        public const int SessionDurationMin = 1;
        public const int SessionDurationMax = 100;
        public const int TagsMax = 50;
        public const int TagKeyMin = 1;
        public const int TagKeyMax = 128;
        public const int TagValueMax = 255;
        public const int ManagedPolicyNameMin = 1;
        public const int ManagedPolicyNameMax = 128;
        public const int PolicyMin = 1;
        public const int PolicyMax = 131072;

        /// <summary>The product quota per custom policy; the API field itself allows up to <see cref="PolicyMax"/>.</summary>
        public const int PolicyQuota = 6144;

        public const int SecurityTokenMax = 2048;

        /// <summary>An instance id is exactly this long (ListInstances); its characters are lowercase letters, digits and '-'.</summary>
        public const int InstanceIdLength = 20;

        /// <summary>A permission set id is this prefix and <see cref="PermissionSetIdHexDigits"/> lowercase hex digits.</summary>
        public const string PermissionSetIdPrefix = "ps-";

        public const int PermissionSetIdHexDigits = 16;

        /// <summary>
        /// The most a file the module reads for text (the credentials file, a policy file) may hold: a larger one is
        /// refused before it is read, so a wrong path cannot fill memory.
        /// </summary>
        public const int TextFileMaxBytes = PolicyMax * 4 + 4;
    }
}
