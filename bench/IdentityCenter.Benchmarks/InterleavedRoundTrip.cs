using System.Diagnostics;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Benchmarks;

/// <summary>The Core-to-floor ratio in <see cref="AlternatingRounds"/> of Core creates and raw sends.</summary>
internal static class InterleavedRoundTrip
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

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

        // Three blocks, and at least three seconds: the runtime recompiles hot methods in the background only
        // after a pause in new compilations, and timing before then measures the compiler, not the paths.
        var warming = Stopwatch.StartNew();
        for (var warm = 0; warm < 3 || warming.Elapsed < WarmUp; warm++)
        {
            var (requests, signed) = Prepare();
            await RawBlockAsync(session, signed);
            await CoreBlockAsync(session, requests);
        }

        var (forCore, forRaw) = Prepare();
        var rawBytes = await AllocatedPerCallAsync(() => RawBlockAsync(session, forRaw), callsPerBlock);
        var coreBytes = await AllocatedPerCallAsync(() => CoreBlockAsync(session, forCore), callsPerBlock);
        // Each round starts from an empty emulator with names of its own.
        var roundRequests = Array.Empty<CreatePermissionSetRequest>();
        var roundSigned = Array.Empty<PreSignedCreate>();
        var medians = await AlternatingRounds.MeasureAsync(
            rounds,
            callsPerBlock,
            () => CoreBlockAsync(session, roundRequests),
            () => RawBlockAsync(session, roundSigned),
            () => (roundRequests, roundSigned) = Prepare());
        return new InterleavedResult(medians.Second, medians.First, medians.Ratio, rounds, callsPerBlock, rawBytes, coreBytes);
    }

    /// <summary>Bytes allocated per call by one block, the emulator's side included (the same for both paths).</summary>
    private static async Task<long> AllocatedPerCallAsync(Func<Task<double>> block, int calls)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        await block();
        return (GC.GetTotalAllocatedBytes(precise: true) - before) / calls;
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
