namespace IdentityCenter.Core.Errors
{
    /// <summary>
    /// What a failed reply means, decided once from its status and error code (see <see cref="IdcServiceException.Kind"/>).
    /// Retry, the safe create and the PowerShell error mapper all read this, so they cannot disagree about a code.
    /// </summary>
    public enum ServiceErrorKind
    {
        /// <summary>A reply the taxonomy has no name for; its status and code say the rest.</summary>
        Other,

        /// <summary>A 3xx: not followed, because it would carry signed credentials elsewhere.</summary>
        Redirect,

        /// <summary>A request value the service refused (400, and the codes the API documents as invalid parameters).</summary>
        InvalidArgument,

        /// <summary>The instance, permission set or API does not exist (404, IdentityCenter.1205, APIGW.0101).</summary>
        NotFound,

        /// <summary>The credentials were accepted but may not do this (401 or 403 without a signature code).</summary>
        PermissionDenied,

        /// <summary>The gateway refused the signature: wrong keys or token (APIGW.0301).</summary>
        SignatureRefused,

        /// <summary>The gateway refused the signature as expired: this computer's clock is off (APIGW.0301, "signature expired").</summary>
        ClockSkew,

        /// <summary>Too many requests (429, APIGW.0308); retried.</summary>
        Throttled,

        /// <summary>Another change to the resource is in progress (IdentityCenter.1006); retried.</summary>
        ConcurrentChange,

        /// <summary>The service could not apply the change because of a conflicting modification (IdentityCenter.1007); not retried.</summary>
        ModificationFailed,

        /// <summary>A permission set with this name already exists (IdentityCenter.1204, .1206).</summary>
        NameTaken,

        /// <summary>Any other 409: the request conflicts with the resource's state.</summary>
        Conflict,

        /// <summary>The service or gateway failed (500, 502, 503, 504); retried.</summary>
        ServerError,
    }
}
