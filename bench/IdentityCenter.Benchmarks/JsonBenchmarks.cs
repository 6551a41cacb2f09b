using System.Text.Json;
using BenchmarkDotNet.Attributes;
using IdentityCenter.Core;
using IdentityCenter.Core.Json;
using IdentityCenter.Core.Models;
using IdentityCenter.Emulator;

namespace IdentityCenter.Benchmarks;

/// <summary>(b) Serialising the create request, and parsing the emulator's real reply to it.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private CreatePermissionSetRequest request = null!;
    private byte[] reply = null!;

    [GlobalSetup]
    public void Setup()
    {
        request = TypicalCreate.Request(TypicalCreate.Name(1));
        var session = EmulatorSession.Start();
        try
        {
            reply = session.SendRawAsync(session.PreSign(request)).GetAwaiter().GetResult();
        }
        finally
        {
            session.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    [Benchmark]
    public byte[] SerialiseCreate() =>
        JsonSerializer.SerializeToUtf8Bytes(IdentityCenterClient.ToBody(request), IdcJsonContext.Default.CreatePermissionSetBody);

    [Benchmark]
    public PermissionSet ParseReply() =>
        IdentityCenterClient.ToModel(IdentityCenterClient.PermissionSetOf(reply, "CreatePermissionSet")!, EmulatorDefaults.InstanceId);
}
