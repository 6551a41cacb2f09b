using System.Diagnostics;
using System.Text.Json;
using IdentityCenter.Core.Policy;

namespace IdentityCenter.Benchmarks;

/// <summary>
/// The (f) ratio measured in alternating blocks of checks and parses of the same policy, switching which goes first:
/// BenchmarkDotNet times all of one method's iterations before the other's, so on a shared machine a change of
/// load lands on one side only. The median of the rounds' ratios is the figure.
/// </summary>
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

        var ratios = new List<double>(rounds);
        var checks = new List<double>(rounds);
        var parses = new List<double>(rounds);
        for (var round = 0; round < rounds; round++)
        {
            double check, parse;
            if (round % 2 == 0)
            {
                check = CheckBlock(policy, callsPerBlock);
                parse = ParseBlock(policy, callsPerBlock);
            }
            else
            {
                parse = ParseBlock(policy, callsPerBlock);
                check = CheckBlock(policy, callsPerBlock);
            }

            checks.Add(check / callsPerBlock);
            parses.Add(parse / callsPerBlock);
            ratios.Add(check / parse);
        }

        return new InterleavedPolicyResult(Statistics.Median(checks), Statistics.Median(parses), Statistics.Median(ratios), rounds, callsPerBlock);
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
