using System.Text;
using FsCheck.Fluent;
using IdentityCenter.Core.Signing;

namespace IdentityCenter.Core.Tests.Properties;

public class SigningProperties
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("property-secret");

    private static readonly KeyValuePair<string, string>[] Headers =
    [
        new("host", "identitycenter.myhuaweicloud.com"),
        new("x-sdk-date", "20240115T103000Z"),
    ];

    [Fact]
    public void Percent_encoding_round_trips_and_leaves_only_unreserved_ascii()
    {
        foreach (var value in Generators.Samples(Generators.Text(20), 500))
        {
            var wellFormed = !value.Any(char.IsSurrogate) || value.EnumerateRunes().All(r => r != System.Text.Rune.ReplacementChar);
            var encoded = PercentEncoder.Encode(value);
            Assert.All(encoded, c => Assert.True(c == '%' || (c < 0x80 && PercentEncoder.IsUnreserved((byte)c)), $"'{c}' in {encoded}"));
            if (wellFormed)
            {
                Assert.Equal(value, PercentEncoder.Decode(encoded));
            }
        }
    }

    [Fact]
    public void Canonicalisation_is_deterministic_and_ignores_query_order()
    {
        var pairs = Gen.ListOf(Gen.Zip(Generators.Text(1, 6), Generators.Text(0, 8)), 4);
        foreach (var sample in Generators.Samples(pairs, 300))
        {
            var list = sample.ToList();
            var forward = Canonical(list);
            var again = Canonical(list);
            var reversed = Canonical(Enumerable.Reverse(list).ToList());
            Assert.Equal(forward, again);
            Assert.Equal(forward, reversed);
        }
    }

    [Fact]
    public void Every_path_segment_survives_into_the_canonical_uri()
    {
        foreach (var segment in Generators.Samples(Generators.Text(1, 10), 300))
        {
            var uri = new Uri("https://identitycenter.myhuaweicloud.com/v1/instances/" + PercentEncoder.Encode(segment) + "/permission-sets");
            var canonical = SdkHmacSigner.Sign("GET", uri, Headers, null, "AK", Secret).CanonicalRequest.Split('\n')[1];
            Assert.Equal("/v1/instances/" + PercentEncoder.Encode(segment) + "/permission-sets/", canonical);
        }
    }

    private static string Canonical(List<(string Key, string Value)> pairs)
    {
        var query = string.Join("&", pairs.Select(p => PercentEncoder.Encode(p.Key) + "=" + PercentEncoder.Encode(p.Value)));
        var uri = new Uri("https://identitycenter.myhuaweicloud.com/v1/instances?" + query);
        return SdkHmacSigner.Sign("GET", uri, Headers, null, "AK", Secret).Authorization;
    }
}
