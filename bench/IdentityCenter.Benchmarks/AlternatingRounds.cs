namespace IdentityCenter.Benchmarks;

/// <summary>
/// Two sides timed in rounds of one block each, back to back, switching which goes first: on a shared machine the
/// load drifts over seconds, and two measurements taken apart (as BenchmarkDotNet takes one method's iterations
/// before the other's) put the drift on one side of the ratio. The figures are medians over the rounds.
/// </summary>
internal static class AlternatingRounds
{
    /// <param name="first">Times one block of the first side, in any unit; the ratio is the first side over the second.</param>
    /// <param name="beforeEachRound">Prepares a round's inputs, untimed.</param>
    public static async Task<RoundMedians> MeasureAsync(int rounds, int callsPerBlock, Func<Task<double>> first, Func<Task<double>> second, Action? beforeEachRound = null)
    {
        var firsts = new List<double>(rounds);
        var seconds = new List<double>(rounds);
        var ratios = new List<double>(rounds);
        for (var round = 0; round < rounds; round++)
        {
            beforeEachRound?.Invoke();
            double a, b;
            if (round % 2 == 0)
            {
                a = await first();
                b = await second();
            }
            else
            {
                b = await second();
                a = await first();
            }

            firsts.Add(a / callsPerBlock);
            seconds.Add(b / callsPerBlock);
            ratios.Add(a / b);
        }

        return new RoundMedians(Statistics.Median(firsts), Statistics.Median(seconds), Statistics.Median(ratios));
    }

    public static RoundMedians Measure(int rounds, int callsPerBlock, Func<double> first, Func<double> second) =>
        MeasureAsync(rounds, callsPerBlock, () => Task.FromResult(first()), () => Task.FromResult(second())).GetAwaiter().GetResult();
}

/// <summary>Per call, in the blocks' unit divided by the calls per block; the ratio is the first side over the second.</summary>
internal sealed record RoundMedians(double First, double Second, double Ratio);
