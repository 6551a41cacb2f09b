namespace IdentityCenter.Core.Signing
{
    /// <summary>
    /// What signing produced for one attempt. The signature is a credential-derived value: it goes on the wire in
    /// the Authorization header and nowhere else, so this type deliberately has no ToString that shows it.
    /// </summary>
    internal sealed class RequestSignature
    {
        public RequestSignature(string canonicalRequest, string stringToSign, string signedHeaders, string signature, string authorization)
        {
            CanonicalRequest = canonicalRequest;
            StringToSign = stringToSign;
            SignedHeaders = signedHeaders;
            Signature = signature;
            Authorization = authorization;
        }

        public string CanonicalRequest { get; }

        public string StringToSign { get; }

        public string SignedHeaders { get; }

        public string Signature { get; }

        public string Authorization { get; }

        public override string ToString() => "SDK-HMAC-SHA256 signature over " + SignedHeaders;
    }
}
