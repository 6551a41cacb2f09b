namespace IdentityCenter.Emulator.Tests;

public sealed class CanonicalRequestBuilderTests
{
    [Theory]
    [InlineData("", "/")]
    [InlineData("/", "/")]
    [InlineData("/v1/instances", "/v1/instances/")]
    [InlineData("/v1/instances/", "/v1/instances/")]
    [InlineData("/v1/a%20b/c", "/v1/a%20b/c/")]
    [InlineData("/v1/a b", "/v1/a%20b/")]
    [InlineData("/v1/%7euser/x%2fy", "/v1/~user/x%2Fy/")]
    [InlineData("/v1/ps-%c3%bc", "/v1/ps-%C3%BC/")]
    [InlineData("/v1/ps-ü", "/v1/ps-%C3%BC/")]
    [InlineData("/v1/a*b(c)!", "/v1/a%2Ab%28c%29%21/")]
    [InlineData("/v1/100%", "/v1/100%25/")]
    public void Canonical_uri_decodes_then_encodes_each_segment(string raw, string expected) =>
        Assert.Equal(expected, CanonicalRequestBuilder.CanonicalUri(raw));

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("?", "")]
    [InlineData("limit=10", "limit=10")]
    [InlineData("?b=2&a=1", "a=1&b=2")]
    [InlineData("s=2&s=10&s=1", "s=1&s=10&s=2")]
    [InlineData("limit=5&Marker=Z", "Marker=Z&limit=5")]
    [InlineData("dry_run=", "dry_run=")]
    [InlineData("flag", "flag=")]
    [InlineData("name=a%20b", "name=a%20b")]
    [InlineData("name=a+b", "name=a%20b")]
    [InlineData("name=a%2Bb", "name=a%2Bb")]
    [InlineData("v=a/b&v=a-b", "v=a-b&v=a%2Fb")]
    [InlineData("m=a*b~c(d)!e'f", "m=a%2Ab~c%28d%29%21e%27f")]
    public void Canonical_query_sorts_decoded_pairs_and_reencodes(string? raw, string expected) =>
        Assert.Equal(expected, CanonicalRequestBuilder.CanonicalQuery(raw));

    [Fact]
    public void Canonical_headers_use_only_the_listed_names_trimmed_and_lower_case()
    {
        var headers = new[]
        {
            new KeyValuePair<string, string>("Host", " example.com:8443 "),
            new KeyValuePair<string, string>("X-Sdk-Date", "20240115T103000Z"),
            new KeyValuePair<string, string>("User-Agent", "not signed"),
        };

        string canonical = CanonicalRequestBuilder.CanonicalHeaders(headers, new[] { "host", "x-sdk-date" });

        Assert.Equal("host:example.com:8443\nx-sdk-date:20240115T103000Z\n", canonical);
    }

    [Fact]
    public void Encode_keeps_only_the_unreserved_set_and_uses_upper_case_hex() =>
        Assert.Equal("AZaz09-_.~%20%2F%3A%26%3D%2B%2A%28%29%21%27%CE%B1", CanonicalRequestBuilder.Encode("AZaz09-_.~ /:&=+*()!'α"));
}
