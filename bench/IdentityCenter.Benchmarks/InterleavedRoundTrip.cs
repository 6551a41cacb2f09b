using System.Diagnostics;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Benchmarks;

/// <summary>
/// The Core-to-floor ratio measured in alternating blocks: on a shared machine the load drifts over seconds, and
/// BenchmarkDotNet times one method's iterations before the other's, so a drift lands on one side only. Here each
/// round times a block of raw sends and a block of Core creates back to back, in alternating order, and the
/// median of the rounds' ratios is the figure.
/// </summary>
internal static class InterleavedRoundTrip
{
    public static async Task<InterleavedResult> MeasureAsync(int rounds, int callsPerBlock)
    {
        await using var session = await EmulatorSession.StartAsync();
        var named = 0;
        (CreatePermissionSetRequest[] Requests, PreSignedCreate[] Signed) Prepare()
        {
            session.Reset();
            var requests = new CreatePermissionSetRequest[callsPerBlock];
            var signed = new PreSignedCreate[callsPerBlock];
            for (var i = 0; i < callsPerBlock; i++)
            {
                requests[i] = TypicalCreate.Request(TypicalCreate.Name(++named));
                signed[i] = session.PreSign(TypicalCreate.Request(TypicalCreate.Name(++named)));
            }

            return (requests, signed);
        }

        for (var warm = 0; warm < 3; warm++)
        {
            var (requests, signed) = Prepare();
            await RawBlockAsync(session, signed);
            await CoreBlockAsync(session, requests);
        }

        var ratios = new List<double>(rounds);
        var rawTimes = new List<double>(rounds);
        var coreTimes = new List<double>(rounds);
        for (var round = 0; round < rounds; round++)
        {
            var (requests, signed) = Prepare();
            double raw, core;
            if (round % 2 == 0)
            {
                raw = await RawBlockAsync(session, signed);
                core = await CoreBlockAsync(session, requests);
            }
            else
            {
                core = await CoreBlockAsync(session, requests);
                raw = await RawBlockAsync(session, signed);
            }

            rawTimes.Add(raw / callsPerBlock);
            coreTimes.Add(core / callsPerBlock);
            ratios.Add(core / raw);
        }

        return new InterleavedResult(Statistics.Median(rawTimes), Statistics.Median(coreTimes), Statistics.Median(ratios), rounds, callsPerBlock);
    }

    private static async Task<double> RawBlockAsync(EmulatorSession session, PreSignedCreate[] signed)
    {
        var watch = Stopwatch.StartNew();
        foreach (var create in signed)
        {
            await session.SendRawAsync(create);
        }

        return watch.Elapsed.TotalMicroseconds;
    }

    private static async Task<double> CoreBlockAsync(EmulatorSession session, CreatePermissionSetRequest[] requests)
    {
        var watch = Stopwatch.StartNew();
        foreach (var request in requests)
        {
            await session.CreateAsync(request);
        }

        return watch.Elapsed.TotalMicroseconds;
    }
}
