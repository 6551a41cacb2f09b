using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace IdentityCenter.Emulator.State;

/// <summary>
/// Opaque 24-character page markers, the length the service documents. A marker holds the sequence
/// number of the last item returned plus a check value, so a forged or mistyped one is refused
/// instead of silently restarting the listing.
/// </summary>
internal static class PageMarker
{
    public const int Length = 24;

    public static string Create(string scope, long sequence)
    {
        Span<byte> bytes = stackalloc byte[12];
        BinaryPrimitives.WriteInt64BigEndian(bytes, sequence);
        Check(scope, sequence).CopyTo(bytes[8..]);
        return Convert.ToHexStringLower(bytes);
    }

    public static bool TryRead(string scope, string marker, out long sequence)
    {
        sequence = 0;
        if (marker.Length != Length || !marker.All(char.IsAsciiHexDigitLower))
        {
            return false;
        }

        byte[] bytes = Convert.FromHexString(marker);
        long candidate = BinaryPrimitives.ReadInt64BigEndian(bytes);
        if (!bytes.AsSpan(8).SequenceEqual(Check(scope, candidate)))
        {
            return false;
        }

        sequence = candidate;
        return true;
    }

    // The scope (list kind and instance) is mixed in so a marker from one listing is refused by another.
    private static byte[] Check(string scope, long sequence) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(scope + "|" + sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)))[..4];
}
