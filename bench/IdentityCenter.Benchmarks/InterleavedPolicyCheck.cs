using System.Diagnostics;
using System.Text.Json;
using IdentityCenter.Core.Policy;

namespace IdentityCenter.Benchmarks;

/// <summary>The (f) ratio in <see cref="AlternatingRounds"/> of checks and parses of the same policy.</summary>
internal static class InterleavedPolicyCheck
{
    public static InterleavedPolicyResult Measure(int rounds, int callsPerBlock)
    {
        var policy = GeneratedPolicy.Create();
        for (var warm = 0; warm < 3; warm++)
        {
            CheckBlock(policy, callsPerBlock);
            ParseBlock(policy, callsPerBlock);
        }

        var medians = AlternatingRounds.Measure(rounds, callsPerBlock, () => CheckBlock(policy, callsPerBlock), () => ParseBlock(policy, callsPerBlock));
        return new InterleavedPolicyResult(medians.First, medians.Second, medians.Ratio, rounds, callsPerBlock);
    }

    private static double CheckBlock(string policy, int calls)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            if (PolicyChecker.Check(policy).HasErrors())
            {
                throw new InvalidOperationException("The generated policy has errors.");
            }
        }

        return watch.Elapsed.TotalMicroseconds;
    }

    private static double ParseBlock(string policy, int calls)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            using var document = JsonDocument.Parse(policy);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidOperationException("The generated policy is not an object.");
            }
        }

        return watch.Elapsed.TotalMicroseconds;
    }
}

/// <summary>Medians over the rounds; times are microseconds per check or parse.</summary>
internal sealed record InterleavedPolicyResult(double CheckMicroseconds, double ParseMicroseconds, double Ratio, int Rounds, int CallsPerBlock);
