using System.Security.Cryptography;
using System.Text;
using IdentityCenter.Core.Signing;

namespace IdentityCenter.Core.Tests.Signing;

/// <summary>Both ways of finishing a hash into a kept array: the runtime's span overload and the .NET Framework copy.</summary>
public class HashCompletionTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("completion-key");
    private static readonly byte[] First = Encoding.UTF8.GetBytes("the first message");
    private static readonly byte[] Second = Encoding.UTF8.GetBytes("a second, longer message that spans more than one SHA-256 block of sixty-four bytes");

    public static IEnumerable<object[]> Overloads()
    {
        yield return new object[] { "runtime overload" };
        yield return new object[] { "copy of GetHashAndReset" };
    }

    [Fact]
    public void The_span_overload_is_bound_on_a_runtime_that_has_it()
    {
        Assert.NotNull(HashCompletion.RuntimeOverload);
    }

    [Theory]
    [MemberData(nameof(Overloads))]
    public void Sha256_is_written_whole_and_the_hash_is_reset(string way)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var digest = new byte[32];

        hash.AppendData(First);
        HashCompletion.Finish(hash, digest, Overload(way));
        Assert.Equal(SHA256.HashData(First), digest);

        hash.AppendData(Second);
        HashCompletion.Finish(hash, digest, Overload(way));
        Assert.Equal(SHA256.HashData(Second), digest);
    }

    [Theory]
    [MemberData(nameof(Overloads))]
    public void Hmac_is_written_whole_and_stays_keyed_after_the_reset(string way)
    {
        using var mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Key);
        var digest = new byte[32];

        mac.AppendData(First);
        HashCompletion.Finish(mac, digest, Overload(way));
        Assert.Equal(HMACSHA256.HashData(Key, First), digest);

        mac.AppendData(Second);
        HashCompletion.Finish(mac, digest, Overload(way));
        Assert.Equal(HMACSHA256.HashData(Key, Second), digest);
    }

    [Theory]
    [MemberData(nameof(Overloads))]
    public void A_destination_of_the_wrong_length_is_refused(string way)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(First);

        var error = Assert.Throws<InvalidOperationException>(() => HashCompletion.Finish(hash, new byte[20], Overload(way)));
        Assert.Contains("SHA256", error.Message);
        Assert.Contains("20 bytes", error.Message);
    }

    private static HashCompletion.TryGetHashAndReset? Overload(string way) =>
        way == "runtime overload" ? HashCompletion.RuntimeOverload! : null;
}
