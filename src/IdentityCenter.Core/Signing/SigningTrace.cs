namespace IdentityCenter.Core.Signing
{
    /// <summary>
    /// The intermediate texts of one signature, recorded only when asked for (the vector tests compare them with the
    /// official signer's); the request path never asks, so it never builds them. No ToString that shows them.
    /// </summary>
    internal sealed class SigningTrace
    {
        public string CanonicalRequest { get; set; } = string.Empty;

        public string StringToSign { get; set; } = string.Empty;

        public string SignedHeaders { get; set; } = string.Empty;

        public string Signature { get; set; } = string.Empty;

        public override string ToString() => "signing trace over " + SignedHeaders;
    }
}
