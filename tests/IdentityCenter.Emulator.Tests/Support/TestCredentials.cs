namespace IdentityCenter.Emulator.Tests;

/// <summary>What a test client signs with; a null DomainId leaves X-Domain-Id off the request.</summary>
internal sealed record TestCredentials(string AccessKeyId, string SecretAccessKey, string? SecurityToken, string? DomainId)
{
    public static TestCredentials Permanent { get; } =
        new(EmulatorDefaults.AccessKeyId, EmulatorDefaults.SecretAccessKey, null, EmulatorDefaults.DomainId);

    public static TestCredentials Temporary { get; } =
        new(EmulatorDefaults.TemporaryAccessKeyId, EmulatorDefaults.TemporarySecretAccessKey, EmulatorDefaults.SecurityToken, EmulatorDefaults.DomainId);
}
