using IdentityCenter.Core.Credentials;

namespace IdentityCenter.PowerShell.Tests.Support;

/// <summary>A process environment with only the variables and files a test sets, and an empty home folder.</summary>
internal sealed class FakeCredentialEnvironment : CredentialEnvironment
{
    private readonly Dictionary<string, string> variables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> files = new(StringComparer.Ordinal);

    public FakeCredentialEnvironment With(string name, string value)
    {
        variables[name] = value;
        return this;
    }

    public FakeCredentialEnvironment WithFile(string path, string text)
    {
        files[path] = text;
        return this;
    }

    public override string? GetVariable(string name) => variables.TryGetValue(name, out var value) ? value : null;

    public override string HomeDirectory => Path.Combine(Path.GetTempPath(), "idc-no-home-" + Guid.NewGuid().ToString("N"));

    // Only the metadata service a test names: no test asks the real 169.254.169.254.
    public override string? MetadataServiceUrl => GetVariable(EnvironmentVariables.MetadataUrl);

    public override string? ReadFile(string path) => files.TryGetValue(path, out var text) ? text : null;
}
