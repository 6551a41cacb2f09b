using System.Text.Json;
using BenchmarkDotNet.Attributes;
using IdentityCenter.Core.Policy;

namespace IdentityCenter.Benchmarks;

/// <summary>(f) The offline policy check of a ~128 KB valid policy, against parsing the same text into a JsonDocument.</summary>
[MemoryDiagnoser]
public class PolicyBenchmarks
{
    private string policy = null!;

    [GlobalSetup]
    public void Setup()
    {
        policy = GeneratedPolicy.Create();
        // Valid means no errors: the one finding is the quota warning every policy this long draws.
        if (PolicyChecker.Check(policy).HasErrors())
        {
            throw new InvalidOperationException("The generated policy has errors: " + string.Join("; ", PolicyChecker.Check(policy)));
        }
    }

    [Benchmark]
    public IReadOnlyList<PolicyFinding> CheckPolicy() => PolicyChecker.Check(policy);

    [Benchmark]
    public JsonValueKind ParsePolicy()
    {
        using var document = JsonDocument.Parse(policy);
        return document.RootElement.ValueKind;
    }
}
