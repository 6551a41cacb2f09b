namespace IdentityCenter.Emulator.Signing;

/// <summary>The three parts of "SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…".</summary>
internal sealed record AuthorizationHeader(string Algorithm, string AccessKeyId, IReadOnlyList<string> SignedHeaders, string Signature)
{
    public const string HmacSha256 = "SDK-HMAC-SHA256";

    /// <summary>Returns null and a reason when the value cannot be read.</summary>
    public static AuthorizationHeader? TryParse(string value, out string? error)
    {
        error = null;
        string trimmed = value.Trim();
        int space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            error = "the Authorization header has no credential part";
            return null;
        }

        string algorithm = trimmed[..space];
        string? access = null;
        string? signedHeaders = null;
        string? signature = null;
        foreach (string rawPart in trimmed[(space + 1)..].Split(','))
        {
            string part = rawPart.Trim();
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                error = $"the Authorization part '{part}' is not name=value";
                return null;
            }

            string name = part[..equals].Trim();
            string content = part[(equals + 1)..].Trim();
            switch (name)
            {
                case "Access":
                    access = content;
                    break;
                case "SignedHeaders":
                    signedHeaders = content;
                    break;
                case "Signature":
                    signature = content;
                    break;
                default:
                    error = $"the Authorization part '{name}' is unknown";
                    return null;
            }
        }

        if (string.IsNullOrEmpty(access) || string.IsNullOrEmpty(signedHeaders) || string.IsNullOrEmpty(signature))
        {
            error = "the Authorization header needs Access, SignedHeaders and Signature";
            return null;
        }

        string[] names = signedHeaders.Split(';', StringSplitOptions.TrimEntries);
        if (names.Any(static n => n.Length == 0))
        {
            error = "SignedHeaders contains an empty name";
            return null;
        }

        return new AuthorizationHeader(algorithm, access, names.Select(static n => n.ToLowerInvariant()).ToArray(), signature);
    }
}
