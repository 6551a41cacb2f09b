using System.Security.Cryptography;

namespace IdentityCenter.Emulator.Http;

/// <summary>Request ids in the service's shape: 32 lowercase hex characters.</summary>
internal static class RequestIds
{
    public const string Header = "X-Request-Id";

    public static string New() => RandomNumberGenerator.GetHexString(32, lowercase: true);
}
