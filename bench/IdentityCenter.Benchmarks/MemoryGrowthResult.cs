namespace IdentityCenter.Benchmarks;

internal sealed record MemoryGrowthResult(long AfterThousandBytes, long AfterTenThousandBytes, int ThreadsAtThousand, int ThreadsAtTenThousand)
{
    public double Ratio => (double)AfterTenThousandBytes / AfterThousandBytes;

    /// <summary>Growth per call over the 9,000 calls between the two readings; negative when the heap shrank.</summary>
    public double BytesPerCall => (AfterTenThousandBytes - AfterThousandBytes) / 9000.0;
}
