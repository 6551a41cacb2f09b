using BenchmarkDotNet.Attributes;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Benchmarks;

/// <summary>
/// (c) One create on loopback: through the Core client, and as the raw floor, a reused HttpClient sending bytes the
/// Core signer made beforehand. Each iteration starts from an empty emulator and every create has its own name, so
/// both paths do the same server work: a successful create.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(CallsPerIteration, 1)]
public class RoundTripBenchmarks
{
    public const int CallsPerIteration = 400;

    private EmulatorSession session = null!;
    private CreatePermissionSetRequest[] requests = null!;
    private PreSignedCreate[] signed = null!;
    private int next;
    private int named;

    [GlobalSetup]
    public void Setup()
    {
        session = EmulatorSession.Start();

        // Connections open and the pipeline built before anything is timed.
        session.SendRawAsync(session.PreSign(TypicalCreate.Request("warm-up-raw"))).GetAwaiter().GetResult();
        session.CreateAsync(TypicalCreate.Request("warm-up-core")).GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void PrepareIteration()
    {
        session.Reset();
        next = 0;
        requests = new CreatePermissionSetRequest[CallsPerIteration];
        signed = new PreSignedCreate[CallsPerIteration];
        for (var i = 0; i < CallsPerIteration; i++)
        {
            requests[i] = TypicalCreate.Request(TypicalCreate.Name(++named));
            signed[i] = session.PreSign(requests[i]);
        }
    }

    [Benchmark(Baseline = true)]
    public Task<byte[]> RawHttpClient() => session.SendRawAsync(signed[next++]);

    [Benchmark]
    public Task<PermissionSet> CoreClient() => session.CreateAsync(requests[next++]);

    [GlobalCleanup]
    public void Cleanup() => session.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
