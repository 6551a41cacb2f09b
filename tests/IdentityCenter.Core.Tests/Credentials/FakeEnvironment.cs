using IdentityCenter.Core.Credentials;

namespace IdentityCenter.Core.Tests.Credentials;

/// <summary>A process environment made of dictionaries, so no test reads or changes the real one.</summary>
public sealed class FakeEnvironment : CredentialEnvironment
{
    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal);

    public override string HomeDirectory => "/home/tester";

    public override string? GetVariable(string name) => Variables.TryGetValue(name, out var value) ? value : null;

    /// <summary>Only the metadata service a test names: no test asks the real 169.254.169.254.</summary>
    public override string? MetadataServiceUrl => GetVariable(EnvironmentVariables.MetadataUrl);

    public override string? ReadFile(string path) => Files.TryGetValue(path, out var text) ? text : null;
}
