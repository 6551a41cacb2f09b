namespace IdentityCenter.Core.Http
{
    /// <summary>
    /// Every HTTP header name the module sends or reads, in the casing it sends. The signature uses the lower-case
    /// forms, derived here once.
    /// </summary>
    internal static class HeaderNames
    {
        public const string Authorization = "Authorization";
        public const string SdkDate = "X-Sdk-Date";
        public const string DomainId = "X-Domain-Id";
        public const string SecurityToken = "X-Security-Token";
        public const string RequestId = "X-Request-Id";
        public const string ContentSha256 = "X-Sdk-Content-Sha256";
        public const string ContentType = "Content-Type";
        public const string Host = "Host";

        public static readonly string AuthorizationLower = Authorization.ToLowerInvariant();
        public static readonly string SdkDateLower = SdkDate.ToLowerInvariant();
        public static readonly string DomainIdLower = DomainId.ToLowerInvariant();
        public static readonly string SecurityTokenLower = SecurityToken.ToLowerInvariant();
        public static readonly string ContentSha256Lower = ContentSha256.ToLowerInvariant();
        public static readonly string ContentTypeLower = ContentType.ToLowerInvariant();
        public static readonly string HostLower = Host.ToLowerInvariant();
    }
}
