using BenchmarkDotNet.Attributes;

namespace IdentityCenter.Benchmarks;

/// <summary>(a) Signing one typical create, with the inputs the signing handler gives the signer.</summary>
[MemoryDiagnoser]
public class SigningBenchmarks
{
    private SigningInputs inputs = null!;

    [GlobalSetup]
    public void Setup() => inputs = SigningInputs.TypicalCreate();

    [Benchmark]
    public string SignCreate() => inputs.Sign();
}
