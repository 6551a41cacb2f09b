using System.Text;

namespace IdentityCenter.Emulator.Signing;

/// <summary>
/// Rebuilds the SDK-HMAC-SHA256 canonical request from a request as it arrived on the wire.
/// Everything is decoded first and re-encoded with one rule, so a client that escapes more or less
/// than strictly needed on the wire still produces the same canonical form as the gateway.
/// </summary>
public static class CanonicalRequestBuilder
{
    /// <summary>Lowercase hex SHA-256 of an empty body.</summary>
    public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private const string UpperHex = "0123456789ABCDEF";

    /// <summary>
    /// Joins the six parts. <paramref name="headers"/> holds every header as received (names in any case,
    /// repeated names allowed); only those named in <paramref name="signedHeaders"/> take part.
    /// </summary>
    public static string Build(
        string method,
        string rawPath,
        string? rawQuery,
        IEnumerable<KeyValuePair<string, string>> headers,
        IReadOnlyList<string> signedHeaders,
        string payloadHash)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(signedHeaders);

        var builder = new StringBuilder(256);
        builder.Append(method.ToUpperInvariant()).Append('\n');
        builder.Append(CanonicalUri(rawPath)).Append('\n');
        builder.Append(CanonicalQuery(rawQuery)).Append('\n');
        builder.Append(CanonicalHeaders(headers, signedHeaders)).Append('\n');
        builder.Append(string.Join(';', signedHeaders.Select(static name => name.ToLowerInvariant()))).Append('\n');
        builder.Append(payloadHash);
        return builder.ToString();
    }

    /// <summary>Decodes and re-encodes every path segment, and always ends in '/'.</summary>
    public static string CanonicalUri(string? rawPath)
    {
        if (string.IsNullOrEmpty(rawPath))
        {
            return "/";
        }

        string[] segments = rawPath.Split('/');
        var builder = new StringBuilder(rawPath.Length + 8);
        for (int i = 0; i < segments.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('/');
            }

            AppendEncoded(builder, PercentDecode(segments[i], plusIsSpace: false));
        }

        if (builder.Length == 0 || builder[^1] != '/')
        {
            builder.Append('/');
        }

        return builder.ToString();
    }

    /// <summary>
    /// Sorts the decoded pairs ordinally by key, then value, and re-encodes them. A leading '?' is ignored.
    /// '+' decodes to a space, as form-style query parsers (including ASP.NET Core's) read it.
    /// </summary>
    public static string CanonicalQuery(string? rawQuery)
    {
        if (string.IsNullOrEmpty(rawQuery))
        {
            return string.Empty;
        }

        string query = rawQuery[0] == '?' ? rawQuery[1..] : rawQuery;
        var pairs = new List<(byte[] Key, byte[] Value)>();
        foreach (string part in query.Split('&'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            int equals = part.IndexOf('=', StringComparison.Ordinal);
            string key = equals < 0 ? part : part[..equals];
            string value = equals < 0 ? string.Empty : part[(equals + 1)..];
            pairs.Add((PercentDecode(key, plusIsSpace: true), PercentDecode(value, plusIsSpace: true)));
        }

        // Sorted on the decoded bytes (as the Go SDK sorts its strings), not on the encoded text:
        // escaping would otherwise move e.g. "a/b" ahead of "a-b".
        pairs.Sort(static (a, b) =>
        {
            int byKey = a.Key.AsSpan().SequenceCompareTo(b.Key);
            return byKey != 0 ? byKey : a.Value.AsSpan().SequenceCompareTo(b.Value);
        });

        return string.Join('&', pairs.Select(static pair => Encode(pair.Key) + "=" + Encode(pair.Value)));
    }

    /// <summary>One "name:value\n" line per signed header value, values trimmed and sorted per name.</summary>
    public static string CanonicalHeaders(IEnumerable<KeyValuePair<string, string>> headers, IReadOnlyList<string> signedHeaders)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(signedHeaders);

        var byName = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, string> header in headers)
        {
            if (!byName.TryGetValue(header.Key, out List<string>? values))
            {
                values = new List<string>();
                byName[header.Key] = values;
            }

            values.Add((header.Value ?? string.Empty).Trim());
        }

        var builder = new StringBuilder();
        foreach (string signed in signedHeaders)
        {
            string name = signed.ToLowerInvariant();

            // A listed header that is absent still yields a line, so the signature fails visibly
            // in the canonical request returned to the client instead of the header being skipped.
            List<string> values = byName.TryGetValue(name, out List<string>? found) ? found : new List<string> { string.Empty };
            var sorted = new List<string>(values);
            sorted.Sort(StringComparer.Ordinal);
            foreach (string value in sorted)
            {
                builder.Append(name).Append(':').Append(value).Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>Percent-encodes UTF-8 text, keeping only the RFC 3986 unreserved set; hex is upper case.</summary>
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        AppendEncoded(builder, Encoding.UTF8.GetBytes(text));
        return builder.ToString();
    }

    private static string Encode(byte[] bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        AppendEncoded(builder, bytes);
        return builder.ToString();
    }

    private static void AppendEncoded(StringBuilder builder, byte[] bytes)
    {
        foreach (byte b in bytes)
        {
            if (IsUnreserved(b))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(UpperHex[b >> 4]).Append(UpperHex[b & 0xF]);
            }
        }
    }

    private static bool IsUnreserved(byte b) =>
        b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~';

    /// <summary>
    /// Works on bytes rather than strings so that escapes which are not valid UTF-8 survive the
    /// decode/encode round trip unchanged. A '%' not followed by two hex digits is kept literally.
    /// </summary>
    private static byte[] PercentDecode(string text, bool plusIsSpace)
    {
        var bytes = new List<byte>(text.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '%' && i + 2 < text.Length && IsHex(text[i + 1]) && IsHex(text[i + 2]))
            {
                bytes.Add((byte)((HexValue(text[i + 1]) << 4) | HexValue(text[i + 2])));
                i += 2;
            }
            else if (c == '+' && plusIsSpace)
            {
                bytes.Add((byte)' ');
            }
            else if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else
            {
                int length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                    ? Encoding.UTF8.GetBytes(text.AsSpan(i++, 2), utf8)
                    : Encoding.UTF8.GetBytes(text.AsSpan(i, 1), utf8);
                for (int j = 0; j < length; j++)
                {
                    bytes.Add(utf8[j]);
                }
            }
        }

        return bytes.ToArray();
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
