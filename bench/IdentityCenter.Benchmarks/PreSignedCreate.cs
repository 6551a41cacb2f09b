namespace IdentityCenter.Benchmarks;

/// <summary>
/// One create, signed ahead of time with the Core signer: the bytes the raw floor sends. Holds the Authorization
/// value, which is credential-derived, so nothing here is ever printed.
/// </summary>
internal sealed class PreSignedCreate
{
    public PreSignedCreate(Uri uri, byte[] body, string host, string sdkDate, string domainId, string authorization)
    {
        Uri = uri;
        Body = body;
        Host = host;
        SdkDate = sdkDate;
        DomainId = domainId;
        Authorization = authorization;
    }

    public Uri Uri { get; }

    public byte[] Body { get; }

    public string Host { get; }

    public string SdkDate { get; }

    public string DomainId { get; }

    public string Authorization { get; }

    public override string ToString() => "pre-signed POST " + Uri.AbsolutePath;
}
