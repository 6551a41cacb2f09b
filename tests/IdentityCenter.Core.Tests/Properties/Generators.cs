using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace IdentityCenter.Core.Tests.Properties;

/// <summary>Seeded generators of hostile text: any plane of Unicode, surrogate pairs, control characters, URL syntax.</summary>
public static class Generators
{
    public const int Seed = 20261122;

    public static Gen<string> CodePoint { get; } = Gen.Frequency(
        (3, Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString())),
        (1, Gen.Choose(0x00, 0x1F).Select(c => ((char)c).ToString())),
        (1, Gen.Elements("/", "?", "#", "%", "&", "=", "+", " ", "\t", "~", "*", "'", "(", ")", "!")),
        (2, Gen.Choose(0xA0, 0xD7FF).Select(c => ((char)c).ToString())),
        (2, Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32)));

    /// <summary>Strings of 0 to maxLength code points, lengths near the interesting limits favoured.</summary>
    public static Gen<string> Text(int maxLength) =>
        Gen.Frequency(
                (2, Gen.Choose(0, maxLength)),
                (1, Gen.Elements(0, 1, maxLength - 1, maxLength, maxLength + 1)))
            .SelectMany(length => Gen.ArrayOf(CodePoint, Math.Max(0, length)))
            .Select(parts => string.Concat(parts));

    public static Gen<string> Text(int minLength, int maxLength) =>
        Gen.Choose(minLength, maxLength).SelectMany(length => Gen.ArrayOf(CodePoint, length)).Select(parts => string.Concat(parts));

    public static IReadOnlyList<T> Samples<T>(Gen<T> gen, int count, int size = 100) =>
        Gen.Sample(gen, size, new Rnd((ulong)Seed), count).ToList();

    /// <summary>Shows control characters and surrogates so a failing case can be read and reproduced.</summary>
    public static string Show(string value)
    {
        var builder = new StringBuilder();
        foreach (var rune in value.EnumerateRunes())
        {
            builder.Append(rune.Value < 0x20 || rune.Value > 0x7E ? $"\\u{{{rune.Value:X}}}" : rune.ToString());
        }

        return builder.ToString();
    }
}
