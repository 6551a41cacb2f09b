using System.Text.Json;
using IdentityCenter.Core;
using IdentityCenter.Core.Json;
using IdentityCenter.Core.Models;
using IdentityCenter.Emulator;
using PermissionSetTag = IdentityCenter.Core.Models.PermissionSetTag;

namespace IdentityCenter.Benchmarks;

/// <summary>
/// The create request the figures are about: what a runbook typically sends, with a description, a relay state,
/// a session duration and two tags, so the body is a realistic size rather than a minimal one.
/// </summary>
internal static class TypicalCreate
{
    public static CreatePermissionSetRequest Request(string name) => new()
    {
        InstanceId = EmulatorDefaults.InstanceId,
        Name = name,
        Description = "Read-only access for the operations team's on-call engineers",
        RelayState = "https://console.example.com/iam/",
        SessionDuration = "PT8H",
        Tags = new List<PermissionSetTag> { new("team", "ops"), new("cost-center", "cc-4711") },
    };

    /// <summary>Unique per index, because the service refuses a second set with the same name.</summary>
    public static string Name(int index) => "bench-" + index.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);

    public static byte[] Body(CreatePermissionSetRequest request) =>
        JsonSerializer.SerializeToUtf8Bytes(IdentityCenterClient.ToBody(request), IdcJsonContext.Default.CreatePermissionSetBody);

    public static string Path => ApiPaths.PermissionSets(EmulatorDefaults.InstanceId);
}
