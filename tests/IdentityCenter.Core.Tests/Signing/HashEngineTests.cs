using System.Runtime.InteropServices;
using System.Security.Cryptography;
using IdentityCenter.Core.Signing;

namespace IdentityCenter.Core.Tests.Signing;

/// <summary>
/// Both hash engines against the runtime's one-shot SHA-256 and HMAC-SHA256, which neither engine uses: every
/// length across the first five blocks, keys around the block size, streams read in chunks, and the key states a
/// thread keeps.
/// </summary>
public class HashEngineTests
{
    private static readonly byte[] Message = Bytes(320, seed: 11);

    public static IEnumerable<object[]> Engines()
    {
        yield return new object[] { "IncrementalHash" };
        if (LibcryptoHashEngine.TryCreate() != null)
        {
            yield return new object[] { "libcrypto" };
        }
    }

    [Fact]
    public void Libcrypto_is_used_where_the_runtime_itself_hashes_with_OpenSSL_3()
    {
        var runtimeUsesOpenSsl3 = RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && SafeEvpPKeyHandle.OpenSslVersion >= 0x30000000L;

        Assert.Equal(runtimeUsesOpenSsl3, LibcryptoHashEngine.TryCreate() != null);
        Assert.Equal(runtimeUsesOpenSsl3 ? "libcrypto SHA-256" : "IncrementalHash", HashEngine.Default.Name);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Sha256_matches_the_runtime_for_every_length_and_offset(string engine)
    {
        var hashes = Engine(engine);
        var digest = new byte[32];
        for (var length = 0; length <= 300; length++)
        {
            var offset = length % 7;
            hashes.Sha256(Message, offset, length, digest);
            Assert.Equal(SHA256.HashData(Message.AsSpan(offset, length)), digest);
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Hmac_matches_the_runtime_for_keys_shorter_equal_and_longer_than_a_block(string engine)
    {
        var hashes = Engine(engine);
        var digest = new byte[32];
        foreach (var keyLength in new[] { 0, 1, 23, 63, 64, 65, 128, 200 })
        {
            var key = Bytes(keyLength, seed: keyLength);
            foreach (var length in new[] { 0, 1, 55, 56, 64, 119, 120, 300 })
            {
                hashes.HmacSha256(key, Message, 3, length, digest);
                Assert.Equal(HMACSHA256.HashData(key, Message.AsSpan(3, length)), digest);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_thread_moving_between_keys_gets_each_keys_mac(string engine)
    {
        var hashes = Engine(engine);
        var first = Bytes(40, seed: 1);
        var second = Bytes(40, seed: 2);
        var digest = new byte[32];

        foreach (var key in new[] { first, second, first, first, second })
        {
            hashes.HmacSha256(key, Message, 0, 100, digest);
            Assert.Equal(HMACSHA256.HashData(key, Message.AsSpan(0, 100)), digest);
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Threads_with_their_own_keys_do_not_disturb_each_other(string engine)
    {
        var hashes = Engine(engine);
        var failures = 0;
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 4 }, worker =>
        {
            var key = Bytes(30 + worker, seed: 100 + worker);
            var expected = HMACSHA256.HashData(key, Message.AsSpan(0, 200));
            var digest = new byte[32];
            for (var i = 0; i < 2000; i++)
            {
                hashes.HmacSha256(key, Message, 0, 200, digest);
                if (!digest.AsSpan().SequenceEqual(expected))
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });

        Assert.Equal(0, failures);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_stream_is_hashed_from_its_position_across_chunks(string engine)
    {
        var body = Bytes(10_000, seed: 5);
        using var stream = new MemoryStream(body) { Position = 17 };

        Assert.Equal(SHA256.HashData(body.AsSpan(17)), Engine(engine).Sha256(stream));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_range_outside_the_array_is_refused_before_anything_is_read(string engine)
    {
        var hashes = Engine(engine);
        var digest = new byte[32];

        Assert.ThrowsAny<ArgumentException>(() => hashes.Sha256(Message, 300, 21, digest));
        Assert.ThrowsAny<ArgumentException>(() => hashes.HmacSha256(Message, Message, -1, 10, digest));
    }

    [Fact]
    public void Libcrypto_refuses_a_digest_array_of_the_wrong_length()
    {
        var hashes = LibcryptoHashEngine.TryCreate();
        if (hashes == null)
        {
            Assert.False(RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && SafeEvpPKeyHandle.OpenSslVersion >= 0x30000000L);
            return;
        }

        Assert.Throws<ArgumentException>(() => hashes.Sha256(Message, 0, 10, new byte[31]));
        Assert.Throws<ArgumentException>(() => hashes.HmacSha256(Message, Message, 0, 10, new byte[16]));
    }

    internal static HashEngine Engine(string name) => name switch
    {
        "IncrementalHash" => new IncrementalHashEngine(),
        "libcrypto" => LibcryptoHashEngine.TryCreate() ?? throw new InvalidOperationException("libcrypto is not usable here."),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static byte[] Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
