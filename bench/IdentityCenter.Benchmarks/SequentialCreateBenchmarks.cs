using BenchmarkDotNet.Attributes;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Benchmarks;

/// <summary>(d) A thousand creates one after another, as a runbook's loop sends them, beside the raw floor.</summary>
[MemoryDiagnoser]
[InvocationCount(1, 1)]
public class SequentialCreateBenchmarks
{
    public const int Creates = 1000;

    private EmulatorSession session = null!;
    private CreatePermissionSetRequest[] requests = null!;
    private PreSignedCreate[] signed = null!;
    private int named;

    [GlobalSetup]
    public void Setup()
    {
        session = EmulatorSession.Start();
        session.SendRawAsync(session.PreSign(TypicalCreate.Request("warm-up-raw"))).GetAwaiter().GetResult();
        session.CreateAsync(TypicalCreate.Request("warm-up-core")).GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void PrepareIteration()
    {
        session.Reset();
        requests = new CreatePermissionSetRequest[Creates];
        signed = new PreSignedCreate[Creates];
        for (var i = 0; i < Creates; i++)
        {
            requests[i] = TypicalCreate.Request(TypicalCreate.Name(++named));
            signed[i] = session.PreSign(requests[i]);
        }
    }

    [Benchmark(Baseline = true)]
    public async Task RawHttpClient1000()
    {
        foreach (var create in signed)
        {
            await session.SendRawAsync(create);
        }
    }

    [Benchmark]
    public async Task CoreClient1000()
    {
        foreach (var request in requests)
        {
            await session.CreateAsync(request);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => session.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
