namespace IdentityCenter.Benchmarks;

/// <summary>
/// (e) The managed heap after 1,000 creates and after 10,000, each taken with the emulator emptied and after full
/// collections, so a per-call leak in the client would show as growth between the two.
/// </summary>
/// <remarks>
/// Each thread-pool thread keeps its own caches (array pools, socket buffers), some 25 KB once it has done HTTP
/// work, and the pool adds threads whenever its hill climbing tries one more. On a heap under a megabyte such a
/// step is several percent and says nothing about the client, so before call one the pool is grown by a burst of
/// concurrent raw sends (not counted as calls) and then held at that size until the second reading.
/// </remarks>
internal static class MemoryGrowth
{
    private const int WarmUpLanes = 8;
    private const int WarmUpSendsPerLane = 50;

    public static async Task<MemoryGrowthResult> MeasureAsync()
    {
        await using var session = await EmulatorSession.StartAsync();
        await WarmUpThreadsAsync(session);

        ThreadPool.GetMaxThreads(out var maxWorkers, out var maxIo);
        ThreadPool.GetMinThreads(out var minWorkers, out _);
        ThreadPool.SetMaxThreads(Math.Max(ThreadPool.ThreadCount, Math.Max(minWorkers, Environment.ProcessorCount)), maxIo);
        try
        {
            var loop = new CreateLoop(session);
            await loop.RunAsync(1000);
            var afterThousand = SettledHeap(session);
            var threadsAtThousand = ThreadPool.ThreadCount;
            await loop.RunAsync(9000);
            var afterTenThousand = SettledHeap(session);
            return new MemoryGrowthResult(afterThousand, afterTenThousand, threadsAtThousand, ThreadPool.ThreadCount);
        }
        finally
        {
            ThreadPool.SetMaxThreads(maxWorkers, maxIo);
        }
    }

    private static async Task WarmUpThreadsAsync(EmulatorSession session)
    {
        var named = 0;
        var lanes = Enumerable.Range(0, WarmUpLanes).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < WarmUpSendsPerLane; i++)
            {
                var name = "warm-up-" + Interlocked.Increment(ref named).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await session.SendRawAsync(session.PreSign(TypicalCreate.Request(name)));
            }
        }));
        await Task.WhenAll(lanes);
        session.Reset();
    }

    private static long SettledHeap(EmulatorSession session)
    {
        session.Reset();
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
